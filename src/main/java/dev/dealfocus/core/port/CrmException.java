package dev.dealfocus.core.port;

import java.time.Duration;

/**
 * A CRM call failed before anything could be applied. The kind says what the caller does next
 * (design/style.md habit 3).
 */
public class CrmException extends RuntimeException {
    /** Retry later; fail fast on configuration; stop the run cleanly on an exhausted daily quota. */
    public enum Kind { RETRY, FAIL_FAST, QUOTA_EXHAUSTED }

    private final Kind kind;
    private final Duration retryAfter;

    public CrmException(Kind kind, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public CrmException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    public CrmException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the CRM asked to wait, or {@code null} when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
