package dev.dealfocus.crm.shared;

import java.time.Duration;

/**
 * One failed attempt at a CRM call, sorted by the adapter that read the answer (design/style.md
 * habit 3). {@link CrmCalls} decides what follows: wait and retry, or give up with a
 * {@link dev.dealfocus.core.port.CrmException} of the matching kind.
 */
public final class CallFailure extends RuntimeException {
    public enum Kind {
        /** A 429 in the short window: wait {@link #retryAfter()} (or the window) and retry. */
        RATE_LIMITED,
        /** 5xx, a timeout, a reset connection: retry with backoff, behind the circuit breaker. */
        TRANSIENT,
        /** Bad token, missing scope, bad request: retrying cannot help; the message says what to fix. */
        FAIL_FAST,
        /** The daily quota is gone: stop the run cleanly, the next run resumes. */
        QUOTA_EXHAUSTED
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final String answer;

    public CallFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
        this(kind, message, retryAfter, cause, null);
    }

    private CallFailure(Kind kind, String message, Duration retryAfter, Throwable cause, String answer) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.answer = answer;
    }

    public static CallFailure rateLimited(String message, Duration retryAfter) {
        return new CallFailure(Kind.RATE_LIMITED, message, retryAfter, null);
    }

    public static CallFailure transientFailure(String message, Throwable cause) {
        return new CallFailure(Kind.TRANSIENT, message, null, cause);
    }

    public static CallFailure failFast(String message) {
        return new CallFailure(Kind.FAIL_FAST, message, null, null);
    }

    public static CallFailure quotaExhausted(String message) {
        return new CallFailure(Kind.QUOTA_EXHAUSTED, message, null, null);
    }

    /** The same failure with the wait the CRM named; {@code null} keeps the policy's own wait. */
    public CallFailure withRetryAfter(Duration wait) {
        return wait == null ? this : new CallFailure(kind, getMessage(), wait, getCause(), answer);
    }

    /**
     * The same failure with the CRM's answer body kept, so the adapter can read which item of a batch
     * the CRM named (never logged: it is the CRM's text, not DealFocus's message).
     */
    public CallFailure withAnswer(String body) {
        return new CallFailure(kind, getMessage(), retryAfter, getCause(), body);
    }

    /** The CRM's answer body where the adapter kept it, else {@code null}. */
    public String answer() {
        return answer;
    }

    public Kind kind() {
        return kind;
    }

    /** How long the CRM asked to wait, or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
