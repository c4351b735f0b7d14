package dev.dealfocus.core.eaters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter ({@code 2026-Q4}) of a year that starts in {@code fiscalStart} (January: calendar quarters).
 * The label's year is the calendar year its fiscal year starts in: with a February start, 2026-Q4 runs from
 * November 2026 to January 2027.
 */
public record Quarter(int year, int quarter, Month fiscalStart) {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
    }

    public static Quarter parse(String text, Month fiscalStart) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2026-Q4, was " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), fiscalStart);
    }

    public static Quarter containing(LocalDate day, Month fiscalStart) {
        int monthsIn = Math.floorMod(day.getMonthValue() - fiscalStart.getValue(), 12);
        int fiscalYear = day.getMonthValue() >= fiscalStart.getValue() ? day.getYear() : day.getYear() - 1;
        return new Quarter(fiscalYear, monthsIn / 3 + 1, fiscalStart);
    }

    /** The first day. */
    public LocalDate first() {
        return LocalDate.of(year, fiscalStart, 1).plusMonths(3L * (quarter - 1));
    }

    /** The first day of the next quarter. */
    public LocalDate next() {
        return first().plusMonths(3);
    }

    public Quarter previous() {
        return containing(first().minusDays(1), fiscalStart);
    }

    public Instant start(ZoneId zone) {
        return first().atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return next().atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first()) && day.isBefore(next());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
