package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.WebhookInbox.Event;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a HubSpot webhook delivery (an array of up to 100 events, developers.hubspot.com "Webhooks",
 * payload fields {@code eventId, subscriptionId, portalId, appId, occurredAt, subscriptionType,
 * attemptNumber, objectId, objectTypeId, propertyName, propertyValue, changeSource, sourceId}) into the
 * events DealFocus acts on: changes of deals (legacy {@code deal.*} and generic {@code object.*} with
 * object type 0-3), association changes with a deal on one side (a meeting or call logged on a deal),
 * and creations or changes of meetings, calls, tasks, notes and emails, whose deals are looked up when
 * the events are processed. Everything else is acknowledged and ignored.
 */
public final class WebhookEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEAL_TYPE = "0-3";
    /** HubSpot's object type ids of the engagements whose changes may concern a deal's activity. */
    static final Map<String, String> ENGAGEMENTS = Map.of("0-47", "meetings", "0-48", "calls", "0-27", "tasks", "0-46", "notes",
            "0-49", "emails");
    private static final Set<String> API_SOURCES = Set.of("INTEGRATION", "API");

    private WebhookEvents() {
    }

    /** Thrown for a body that is not a HubSpot delivery: answered 400. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * @param appId the DealFocus app's id ({@code dealfocus.hubspot.app-id}), or {@code null}: changes HubSpot
     *              attributes to it are DealFocus's own
     */
    public static List<Event> parse(String body, String appId) {
        JsonNode events;
        try {
            events = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new Malformed("the body is not JSON");
        }
        if (events == null || !events.isArray()) {
            throw new Malformed("HubSpot sends an array of events");
        }
        List<Event> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (!e.isObject() || !e.path("subscriptionType").isTextual() || !e.path("occurredAt").canConvertToLong()) {
                throw new Malformed("every event needs subscriptionType and occurredAt");
            }
            event(e, appId).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Event> event(JsonNode e, String appId) {
        String type = e.path("subscriptionType").asText();
        String objectTypeId = e.path("objectTypeId").asText(type.startsWith("deal.") ? DEAL_TYPE : "");
        String what = type + (e.hasNonNull("propertyName") ? " " + e.path("propertyName").asText() : "");
        Instant at = Instant.ofEpochMilli(e.path("occurredAt").asLong());
        boolean own = own(e, appId);
        if (type.endsWith(".associationChange")) {
            String deal = dealSide(e);
            return deal == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Event(key(e), "deal", recordId(deal, type), at, own, what));
        }
        String objectId = e.hasNonNull("primaryObjectId") ? e.path("primaryObjectId").asText() : e.path("objectId").asText("");
        if (objectId.isEmpty()) {
            throw new Malformed("a " + type + " event needs objectId");
        }
        objectId = recordId(objectId, type);
        if (DEAL_TYPE.equals(objectTypeId)) {
            return java.util.Optional.of(new Event(key(e), "deal", objectId, at, own, what));
        }
        String engagement = ENGAGEMENTS.get(objectTypeId);
        return engagement == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Event(key(e), engagement, objectId, at, own, what));
    }

    /** HubSpot's record ids are whole numbers; anything else (text, 100,000 digits) is no delivery of HubSpot's. */
    private static String recordId(String id, String type) {
        if (!id.matches("[0-9]{1,20}")) {
            throw new Malformed("a " + type + " event names no HubSpot record id");
        }
        return id;
    }

    /** The deal of an association change: the side whose object type is a deal (legacy deal events: the subject). */
    private static String dealSide(JsonNode e) {
        if (DEAL_TYPE.equals(e.path("fromObjectTypeId").asText()) || e.path("subscriptionType").asText().startsWith("deal.")) {
            return e.path("fromObjectId").asText(null);
        }
        return DEAL_TYPE.equals(e.path("toObjectTypeId").asText()) ? e.path("toObjectId").asText(null) : null;
    }

    /**
     * DealFocus's own change: HubSpot attributes it to an integration or the API and either names
     * DealFocus's app, or it changed one of DealFocus's own fields (only DealFocus writes them through the API).
     */
    private static boolean own(JsonNode e, String appId) {
        if (!API_SOURCES.contains(e.path("changeSource").asText(""))) {
            return false;
        }
        String source = e.path("sourceId").asText("");
        return appId != null && !appId.isBlank() && (source.equals(appId) || source.endsWith(":" + appId))
                || e.path("propertyName").asText("").startsWith("dealfocus_");
    }

    /** The same event keeps its key across HubSpot's retries; eventId alone is not guaranteed unique. */
    private static String key(JsonNode e) {
        String key = e.path("eventId").asText("") + ":" + e.path("subscriptionId").asText("") + ":"
                + e.path("objectId").asText(e.path("fromObjectId").asText("")) + ":" + e.path("occurredAt").asText();
        if (!key.matches("[0-9]{1,20}:[0-9]{0,20}:[0-9]{0,20}:[0-9]{1,20}")) {
            throw new Malformed("eventId, subscriptionId, objectId and occurredAt are HubSpot's numbers");
        }
        return key;
    }
}
