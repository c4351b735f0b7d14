package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.crm.shared.CallFailure;
import dev.dealfocus.crm.shared.Headers;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sorts HubSpot's error answers into retry, fail fast or stop (docs/BEHAVIOR-hubspot.md, "Errors").
 * Every field of HubSpot's error body is treated as optional, and a body that is not JSON (a proxy's
 * HTML page) is sorted by its status alone. Messages never carry the token.
 */
final class HubSpotErrors {
    static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private HubSpotErrors() {
    }

    /**
     * @param headers the answer's headers, names in any case
     * @param what    what DealFocus was doing, for the message ("read deals")
     */
    static CallFailure sort(int status, Map<String, String> headers, String body, String what) {
        JsonNode error = parse(body);
        String message = text(error, "message");
        Duration retryAfter = retryAfter(headers);
        return switch (status) {
            case 429 -> rateLimit(error, message, retryAfter, what);
            case 401 -> CallFailure.failFast("HubSpot refused the access token when DealFocus tried to " + what
                    + " (401" + said(message) + "). Set a valid token of the app installed in the portal in"
                    + " dealfocus.hubspot.access-token or DEALFOCUS_HUBSPOT_ACCESS_TOKEN.");
            case 403 -> forbidden(error, message, what);
            case 423 -> CallFailure.transientFailure("HubSpot answered 423 Locked to " + what, null)
                    .withRetryAfter(Duration.ofSeconds(2));
            case 477 -> CallFailure.transientFailure("HubSpot is migrating the account (477)", null)
                    .withRetryAfter(retryAfter);
            case 408 -> CallFailure.transientFailure("HubSpot timed out (408) to " + what, null);
            default -> status >= 500
                    ? CallFailure.transientFailure("HubSpot answered " + status + " to " + what + said(message), null)
                    : CallFailure.failFast("HubSpot refused to " + what + " (" + status + category(error) + ")"
                            + said(message)).withAnswer(body);
        };
    }

    private static CallFailure rateLimit(JsonNode error, String message, Duration retryAfter, String what) {
        String policy = text(error, "policyName");
        if ("DAILY".equals(policy)) {
            return CallFailure.quotaExhausted("HubSpot's daily API limit for the account is used up (429 DAILY)"
                    + " while DealFocus tried to " + what + ". The run stopped; the next run resumes.");
        }
        boolean secondly = message != null && message.toLowerCase().contains("secondly limit");
        Duration wait = retryAfter != null ? retryAfter : secondly ? Duration.ofSeconds(1) : TEN_SECONDS;
        return CallFailure.rateLimited("HubSpot answered 429" + (policy == null ? "" : " " + policy) + " to " + what, wait);
    }

    private static CallFailure forbidden(JsonNode error, String message, String what) {
        List<String> scopes = new ArrayList<>();
        if (error != null) {
            error.path("context").path("missingScopes").forEach(s -> scopes.add(s.asText()));
            error.path("errors").forEach(e -> e.path("context").path("requiredGranularScopes").forEach(s -> {
                if (!scopes.contains(s.asText())) {
                    scopes.add(s.asText());
                }
            }));
        }
        if (!scopes.isEmpty() || "MISSING_SCOPES".equals(text(error, "category"))) {
            return CallFailure.failFast("The HubSpot app lacks the scope" + (scopes.size() == 1 ? " " : "s ")
                    + (scopes.isEmpty() ? "HubSpot did not name" : String.join(", ", scopes)) + " needed to " + what
                    + ". Add it to the app, reinstall it in the portal, and run POST /api/setup/hubspot to check.");
        }
        return CallFailure.failFast("HubSpot forbade DealFocus to " + what + " (403" + category(error) + ")" + said(message));
    }

    private static Duration retryAfter(Map<String, String> headers) {
        String value = Headers.get(headers, "Retry-After");
        try {
            long seconds = value == null ? -1 : Long.parseLong(value.trim());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null; // an HTTP date: rare from HubSpot; the policy's own wait applies
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.path(field).isTextual() ? null : node.path(field).asText();
    }

    private static String said(String message) {
        return message == null ? "" : ": " + message;
    }

    private static String category(JsonNode error) {
        String category = text(error, "category");
        return category == null ? "" : " " + category;
    }
}
