package dev.dealfocus.testing.hubspot;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.crm.hubspot.WebhookSignature;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Sends webhook deliveries as HubSpot does: an array of events, signed v3 for the public URL. */
public final class WebhookSender {
    public static final String SECRET = "cs-00000000-1111-2222-3333-444444444444";
    public static final String PUBLIC_URL = "https://dealfocus.example.com/webhooks/hubspot";
    public static final String APP_ID = "7654321";
    private static final AtomicLong EVENT_IDS = new AtomicLong(1_000);

    private final ArrayNode events = JsonNodeFactory.instance.arrayNode();

    /** A deal property change a person made in HubSpot. */
    public WebhookSender dealChange(String dealId, String property, String value) {
        event("deal.propertyChange", dealId).put("propertyName", property).put("propertyValue", value).put("changeSource", "CRM_UI");
        return this;
    }

    /** A change DealFocus itself made through the API, coming back. */
    public WebhookSender ownChange(String dealId, String property, String value) {
        event("deal.propertyChange", dealId).put("propertyName", property).put("propertyValue", value)
                .put("changeSource", "INTEGRATION").put("sourceId", APP_ID);
        return this;
    }

    /** A record created (generic webhooks: objectTypeId, e.g. 0-47 for a meeting). */
    public WebhookSender created(String objectTypeId, String objectId) {
        event("object.creation", objectId).put("objectTypeId", objectTypeId).put("changeSource", "CRM_UI");
        return this;
    }

    /** The last event again, as HubSpot redelivers it (same ids, next attempt). */
    public WebhookSender again() {
        ObjectNode copy = ((ObjectNode) events.get(events.size() - 1)).deepCopy();
        copy.put("attemptNumber", copy.path("attemptNumber").asInt() + 1);
        events.add(copy);
        return this;
    }

    public String body() {
        return events.toString();
    }

    /** Posts the events signed now. */
    public ValidatableResponse send() {
        return send(body(), String.valueOf(Instant.now().toEpochMilli()), SECRET);
    }

    public static ValidatableResponse send(String body, String timestamp, String secret) {
        return given().header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign("POST", PUBLIC_URL, body, timestamp, secret))
                .contentType("application/json").body(body).post("/webhooks/hubspot").then();
    }

    private ObjectNode event(String type, String objectId) {
        long id = EVENT_IDS.incrementAndGet();
        return events.addObject().put("eventId", id).put("subscriptionId", 55_000).put("portalId", 24680135)
                .put("appId", Long.parseLong(APP_ID)).put("occurredAt", Instant.now().toEpochMilli()).put("subscriptionType", type)
                .put("attemptNumber", 0).put("objectId", Long.parseLong(objectId));
    }
}
