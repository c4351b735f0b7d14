package dev.dealfocus.core.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week ({@code 2026-W49}): Monday to Sunday in {@code dealfocus.time-zone}; 2027-01-01 is in 2026-W53. */
public record ReviewWeek(int year, int week) {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ReviewWeek {
        LocalDate probe = LocalDate.of(year, 6, 1);
        long weeks = probe.with(IsoFields.WEEK_BASED_YEAR, year).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " has ISO weeks 1 to " + weeks + ", not " + week);
        }
    }

    /** Reads {@code 2026-W49}; anything else is refused with the expected shape. */
    public static ReviewWeek parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a week is written like 2026-W49, was " + text);
        }
        return new ReviewWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static ReviewWeek of(LocalDate day) {
        return new ReviewWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week an instant falls in, on the configured zone's calendar (Monday 00:30 in Berlin is Sunday in UTC). */
    public static ReviewWeek containing(Instant at, ZoneId zone) {
        return of(at.atZone(zone).toLocalDate());
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_BASED_YEAR, year).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate nextMonday() {
        return monday().plusWeeks(1);
    }

    public ReviewWeek previous() {
        return of(monday().minusDays(1));
    }

    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return nextMonday().atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(monday()) && day.isBefore(nextMonday());
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
