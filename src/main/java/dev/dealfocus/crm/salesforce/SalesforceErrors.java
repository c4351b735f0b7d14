package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.crm.shared.CallFailure;
import dev.dealfocus.crm.shared.Headers;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts Salesforce's error answers into retry, fail fast or stop (docs/BEHAVIOR-salesforce.md,
 * "Errors"). REST errors are an array of {@code {message, errorCode, fields}} (facts B6); a body that is
 * not JSON (a proxy's page) is sorted by its status alone. {@code REQUEST_LIMIT_EXCEEDED} (403) means
 * two things: the org's daily limit is used up ("TotalRequests Limit exceeded", or
 * {@code Sforce-Limit-Info} at its limit), which stops the run until the next one, or too many
 * long-running requests at once ("ConcurrentPerOrgLongTxn Limit exceeded"), which passes: retried with
 * backoff.
 */
final class SalesforceErrors {
    static final String LIMIT_INFO = "Sforce-Limit-Info";
    static final String SESSION_EXPIRED = "INVALID_SESSION_ID";
    private static final Pattern API_USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SalesforceErrors() {
    }

    /** A failure of {@code what} ("read opportunities"), from the answer's status, headers and body. */
    static CallFailure sort(int status, Map<String, String> headers, String body, String what) {
        JsonNode error = first(body);
        String code = error.path("errorCode").asText("");
        String message = error.path("message").asText("");
        String said = code.isEmpty() ? "" : ": " + code + (message.isEmpty() ? "" : " " + message);
        if (status == 401) {
            return CallFailure.failFast("Salesforce refused DealFocus's session when it tried to " + what + " (401" + said
                    + "). Check the External Client App and its run-as user.").withAnswer(SESSION_EXPIRED.equals(code)
                    || code.isEmpty() ? SESSION_EXPIRED : body);
        }
        if (status == 403 && "REQUEST_LIMIT_EXCEEDED".equals(code)) {
            return dailyLimit(message, headers) ? CallFailure.quotaExhausted("The org's daily API limit is used up (" + code
                    + " " + message + ") while DealFocus tried to " + what + ". The run stopped; the next run resumes.")
                    : CallFailure.transientFailure("Salesforce refused to " + what + " for now (" + code + " " + message
                    + "): too many long-running requests in the org at once", null).withRetryAfter(Duration.ofSeconds(5));
        }
        if (status == 429) {
            return CallFailure.rateLimited("Salesforce answered 429 to " + what, null);
        }
        if (status >= 500 || status == 408 || "UNABLE_TO_LOCK_ROW".equals(code) || "SERVER_UNAVAILABLE".equals(code)) {
            return CallFailure.transientFailure("Salesforce answered " + status + " to " + what + said, null);
        }
        return CallFailure.failFast("Salesforce refused to " + what + " (" + status + said + ")").withAnswer(body);
    }

    /** The daily limit, not the concurrency limit: Salesforce's message names it, or the usage header stands at the limit. */
    static boolean dailyLimit(String message, Map<String, String> headers) {
        if (message.contains("TotalRequests")) {
            return true;
        }
        if (message.contains("Concurrent")) {
            return false;
        }
        long[] usage = usage(headers);
        return usage != null && usage[0] >= usage[1];
    }

    /** {@code Sforce-Limit-Info: api-usage=18/15000}: used and limit, or {@code null}. */
    static long[] usage(Map<String, String> headers) {
        String info = Headers.get(headers, LIMIT_INFO);
        Matcher m = info == null ? null : API_USAGE.matcher(info);
        return m != null && m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }

    /** The first error of the array (or the object) Salesforce answered; an empty node when there is none. */
    static JsonNode first(String body) {
        try {
            JsonNode json = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (json != null && json.isArray()) {
                json = json.path(0);
            }
            return json == null || !json.isObject() ? JSON.createObjectNode() : json;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
