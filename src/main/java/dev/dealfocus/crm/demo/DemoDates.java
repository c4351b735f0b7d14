package dev.dealfocus.crm.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the data file's dates: "today", "today-40", "today+7", an ISO date or an ISO instant. */
final class DemoDates {
    private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(\\d+))?");
    /** Relative days land at 10:00 local time, a plausible time for a meeting or a call. */
    private static final LocalTime TEN = LocalTime.of(10, 0);

    private final LocalDate today;
    private final ZoneId zone;

    DemoDates(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = RELATIVE.matcher(text.trim());
        if (m.matches()) {
            int days = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return "-".equals(m.group(1)) ? today.minusDays(days) : today.plusDays(days);
        }
        if (text.contains("T")) {
            return LocalDate.ofInstant(Instant.parse(text.trim()), zone);
        }
        return LocalDate.parse(text.trim());
    }

    Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.contains("T")) {
            return Instant.parse(text.trim());
        }
        return date(text).atTime(TEN).atZone(zone).toInstant();
    }
}
