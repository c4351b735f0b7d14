package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the portal's properties are (spec {@code CollectionResponsePropertyNoPaging}: all properties
 * of an object type in one answer, no paging): the deal properties a mapping may name, and whether
 * the setup gave notes and tasks the {@code dealfocus_key} property, which decides where a create's
 * idempotency key travels ({@link WriteBodies}).
 *
 * @param dealProperties    every deal property, by name, with its definition as HubSpot answered it
 * @param companyProperties the company property names, where customers are read (else empty: not asked)
 */
record HubSpotSchema(Map<String, JsonNode> dealProperties, boolean notesKey, boolean tasksKey, Set<String> companyProperties) {
    HubSpotSchema {
        dealProperties = Map.copyOf(dealProperties);
        companyProperties = Set.copyOf(companyProperties);
    }

    /** Three calls: deal, note and task properties; a fourth for the company properties where customers are read. */
    static HubSpotSchema read(HubSpotHttp http, String version, boolean customers, ApiCalls calls) {
        return new HubSpotSchema(properties(http, version, "deals", calls),
                properties(http, version, "notes", calls).containsKey(WriteBodies.KEY_PROPERTY),
                properties(http, version, "tasks", calls).containsKey(WriteBodies.KEY_PROPERTY),
                customers ? properties(http, version, "companies", calls).keySet() : Set.of());
    }

    /** Whether the setup gave companies DealFocus's customer fields, so a customer's light can be written. */
    boolean customerFields() {
        return WriteBodies.CUSTOMER_FIELDS.stream().allMatch(f -> companyProperties.contains(WriteBodies.CUSTOMER_PREFIX + f));
    }

    static Map<String, JsonNode> properties(HubSpotHttp http, String version, String objectType, ApiCalls calls) {
        JsonNode answer = http.send(Lane.GENERAL, "read the " + objectType.substring(0, objectType.length() - 1)
                + " properties", calls, api -> api.properties(version, objectType));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        answer.path("results").forEach(p -> byName.put(p.path("name").asText(), p));
        return byName;
    }

    /** Whether a create's key travels in a property; else as a marker in the body. */
    boolean keyProperty() {
        return notesKey && tasksKey;
    }

    Set<String> dealPropertyNames() {
        return dealProperties.keySet();
    }
}
