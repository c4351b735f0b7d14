package dev.dealfocus.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every configuration problem before refusing the start, so one restart fixes them all. */
final class Problems {
    private final List<String> problems = new ArrayList<>();

    void add(String key, Object value, String fix) {
        problems.add(key + "=" + value + ": " + fix);
    }

    void missing(String key, String fix) {
        problems.add(key + " is missing: " + fix);
    }

    int points(String key, int value) {
        if (value < 0 || value > 20) {
            add(key, value, "points must be 0-20");
        }
        return Math.max(0, Math.min(20, value));
    }

    /** A time of day such as 09:00, or {@code null} with a problem named by {@code key}. */
    java.time.LocalTime time(String key, String value) {
        try {
            return java.time.LocalTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            add(key, value, "use a time such as 09:00");
            return null;
        }
    }

    /** {@code dealfocus.time-zone}, or UTC while it is bad: the policy names the bad zone with its key. */
    static java.time.ZoneId zoneOrUtc(String zone) {
        try {
            return java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneId.of("UTC");
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
    }
}
