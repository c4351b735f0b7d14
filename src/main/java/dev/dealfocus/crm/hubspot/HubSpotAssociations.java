package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads associations of many records at once through the date-versioned batch read
 * ({@code POST /crm/associations/{version}/{from}/{to}/batch/read}, up to 1,000 ids a call; spec
 * {@code BatchInputPublicFetchAssociationsBatchRequest}). A record with more associations than one
 * answer holds carries {@code paging.next.after}; only those records are asked again, with their cursor.
 * A record with no associations comes back as a per-item error in a 207 answer: it simply has none.
 */
final class HubSpotAssociations {
    static final int BATCH = 1_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HubSpotHttp http;
    private final String version;

    HubSpotAssociations(HubSpotHttp http, String version) {
        this.http = http;
        this.version = version;
    }

    /** The ids of the {@code to} records associated with each {@code from} id, in HubSpot's order; every id is a key. */
    Map<String, List<String>> read(String from, String to, Collection<String> ids, ApiCalls calls) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        ids.forEach(id -> found.put(id, new ArrayList<>()));
        List<ObjectNode> pending = new ArrayList<>(ids.stream().distinct().map(id -> NODES.objectNode().put("id", id)).toList());
        while (!pending.isEmpty()) {
            List<ObjectNode> batch = List.copyOf(pending.subList(0, Math.min(BATCH, pending.size())));
            pending.subList(0, batch.size()).clear();
            ObjectNode body = NODES.objectNode();
            batch.forEach(body.putArray("inputs")::add);
            JsonNode answer = http.send(Lane.GENERAL, "read " + from + " to " + to + " associations", calls,
                    api -> api.associations(version, from, to, body));
            for (JsonNode result : answer.path("results")) {
                String id = result.path("from").path("id").asText();
                List<String> targets = found.computeIfAbsent(id, k -> new ArrayList<>());
                result.path("to").forEach(t -> targets.add(t.path("toObjectId").asText()));
                JsonNode after = result.path("paging").path("next").path("after");
                if (after.isTextual() && !after.asText().isEmpty()) {
                    pending.add(NODES.objectNode().put("id", id).put("after", after.asText()));
                }
            }
        }
        return found;
    }
}
