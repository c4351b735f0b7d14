package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.crm.shared.SignedRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Small JSON change events a record-triggered Flow (through DealFocus's invocable Apex action) or Apex
 * sends (docs/salesforce.md, "Real-time changes"):
 * <pre>
 * POST /webhooks/salesforce/events
 * X-DealFocus-Timestamp: 1764493200                       (epoch seconds)
 * X-DealFocus-Signature: base64(HMAC-SHA256(secret, timestamp + "." + body))
 * {"events": [{"id": "...", "sobject": "Opportunity", "recordId": "006...", "changedAt": "2026-11-30T09:00:00Z",
 *              "changedBy": "005..."}]}
 * </pre>
 * Salesforce's {@code Crypto.generateMac('hmacSHA256', ...)} and {@code EncodingUtil.base64Encode} make the
 * signature; the secret is {@code dealfocus.salesforce.webhook-secret}.
 */
public final class ChangeEvents {
    public static final String TIMESTAMP_HEADER = "X-DealFocus-Timestamp";
    public static final String SIGNATURE_HEADER = "X-DealFocus-Signature";
    /** Events a delivery may carry. */
    public static final int MAX_EVENTS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A body that is no delivery of change events. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private ChangeEvents() {
    }

    public static SignedRequest.Verdict verify(String body, String timestamp, String signature, String secret, Instant now) {
        return SignedRequest.verify(timestamp, signature, ChronoUnit.SECONDS, now, t -> sign(t, body, secret));
    }

    /** The signature of a delivery, as the Apex action computes it. */
    public static String sign(String timestamp, String body, String secret) {
        return SignedRequest.hmac(secret, timestamp + "." + (body == null ? "" : body));
    }

    /** @param ownUserId DealFocus's user in the org, or {@code null} when not known yet */
    public static List<WebhookInbox.Event> parse(String body, String ownUserId, Instant receivedAt) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new Malformed("the body is no JSON");
        }
        JsonNode events = root == null ? null : root.path("events");
        if (events == null || !events.isArray() || events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new Malformed("a delivery is {\"events\": [...]} with 1 to " + MAX_EVENTS + " events");
        }
        List<WebhookInbox.Event> parsed = new ArrayList<>();
        for (JsonNode e : events) {
            String id = e.path("id").asText("");
            String sobject = e.path("sobject").asText("");
            String recordId = e.path("recordId").asText("");
            if (!id.matches("[A-Za-z0-9:._-]{1,80}") || !Soql.isId(recordId)) {
                throw new Malformed("each event needs an id (up to 80 letters, digits, : . _ -) and a Salesforce recordId");
            }
            String objectType = switch (sobject) {
                case "Opportunity" -> "deal";
                case "Task" -> "tasks";
                case "Event" -> "events";
                default -> null; // another object: acknowledged, nothing to do
            };
            if (objectType == null) {
                continue;
            }
            Instant at = e.hasNonNull("changedAt") ? OpportunityMapper.instant(e.path("changedAt").asText()) : null;
            String by = e.path("changedBy").asText(null);
            parsed.add(new WebhookInbox.Event("sf-ev:" + id, objectType, recordId, at == null ? receivedAt : at,
                    ownUserId != null && Soql.sameId(by, ownUserId), "change event " + sobject));
        }
        return parsed;
    }
}
