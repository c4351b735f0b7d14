package dev.dealfocus.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one write.
 *
 * @param crmId      the id the CRM gave a created note or task, or {@code null}
 * @param error      what the CRM said, or {@code null} on success
 * @param retryAfter how long the CRM asked to wait before trying again, or {@code null}
 */
public record WriteResult(String key, Outcome outcome, String crmId, String error, Duration retryAfter) {
    /** What became of a write. */
    public enum Outcome {
        /** The CRM took it. */
        APPLIED,
        /** Not taken for a passing reason (5xx, rate limit): tried again next run. */
        FAILED,
        /** Not taken, and it would not be taken again as it is (a validation rule, an unknown deal). */
        REFUSED,
        /** Sent, but the answer was lost (a timeout, a reset connection): checked with the CRM before any retry. */
        UNKNOWN
    }

    public WriteResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static WriteResult ok(String key, String crmId) {
        return new WriteResult(key, Outcome.APPLIED, crmId, null, null);
    }

    public static WriteResult failed(String key, String error, Duration retryAfter) {
        return new WriteResult(key, Outcome.FAILED, null, error, retryAfter);
    }

    public static WriteResult refused(String key, String error) {
        return new WriteResult(key, Outcome.REFUSED, null, error, null);
    }

    public static WriteResult unknown(String key, String error) {
        return new WriteResult(key, Outcome.UNKNOWN, null, error, null);
    }

    public boolean ok() {
        return outcome == Outcome.APPLIED;
    }
}
