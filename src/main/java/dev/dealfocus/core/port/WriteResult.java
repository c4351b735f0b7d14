package dev.dealfocus.core.port;

/**
 * The outcome of one write.
 *
 * @param crmId     the id the CRM gave a created note or task, or {@code null}
 * @param error     what the CRM said, or {@code null} on success
 * @param retryable whether a later run may try again (a 5xx or a rate limit, not a validation error)
 */
public record WriteResult(String key, boolean ok, String crmId, String error, boolean retryable) {
    public static WriteResult ok(String key, String crmId) {
        return new WriteResult(key, true, crmId, null, false);
    }

    public static WriteResult failed(String key, String error, boolean retryable) {
        return new WriteResult(key, false, null, error, retryable);
    }
}
