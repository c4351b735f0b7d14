package dev.dealfocus.core.customer;

import java.util.Map;
import java.util.Objects;

/**
 * One sign as read: its level and the evidence behind it (values as plain text: ISO dates, numbers), from which
 * notes and the API word it.
 */
public record Signal(SignalKind kind, Level level, Map<String, String> evidence) {
    /** What a sign says. */
    public enum Level {
        FINE, YELLOW, RED,
        /** No data: never counted as fine. */
        UNKNOWN
    }

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        evidence = Map.copyOf(evidence);
    }
}
