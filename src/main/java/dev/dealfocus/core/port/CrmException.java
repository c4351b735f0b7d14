package dev.dealfocus.core.port;

/**
 * A CRM call failed. The kind says what the caller does next (design/style.md habit 3).
 */
public class CrmException extends RuntimeException {
    /** Retry later; fail fast on configuration; stop the run cleanly on an exhausted daily quota. */
    public enum Kind { RETRY, FAIL_FAST, QUOTA_EXHAUSTED }

    private final Kind kind;

    public CrmException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public CrmException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
