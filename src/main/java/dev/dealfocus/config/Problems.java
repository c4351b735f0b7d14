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

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
    }
}
