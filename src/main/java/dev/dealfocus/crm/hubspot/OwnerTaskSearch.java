package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.crm.shared.OwnKey;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds tasks on no deal (the weekly review) by their key. No deal's associations lead to them, so this
 * is a search of tasks (facts A1, "Search the CRM"): one filter group per task, at most five groups a
 * search, {@code dealfocus_key EQ} the key where the property exists, else the owner and the subject
 * (both fixed for an owner and a week), and the key matched on each result, property or body marker. EQ
 * rather than IN, since HubSpot documents IN on string properties as taking lowercase values only.
 * The search index lags behind a create ("a few moments"), so the core leaves a task sent within
 * {@link #LAG} unresolved rather than sending it again.
 */
final class OwnerTaskSearch {
    /** HubSpot's guide documents the lag as "a few moments"; five minutes leaves a wide margin. */
    static final Duration LAG = Duration.ofMinutes(5);
    /** Filter groups a search takes (facts A1: 5 groups, 6 filters each, 18 in all). */
    static final int GROUPS = 5;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HubSpotHttp http;
    private final String version;

    OwnerTaskSearch(HubSpotHttp http, String version) {
        this.http = http;
        this.version = version;
    }

    /** The task id of each of these tasks HubSpot finds, by key. */
    Map<String, String> find(List<CrmWrite.OwnerTask> tasks, boolean keyProperty, ApiCalls calls) {
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < tasks.size(); i += GROUPS) {
            List<CrmWrite.OwnerTask> chunk = tasks.subList(i, Math.min(tasks.size(), i + GROUPS));
            JsonNode answer = http.send(Lane.SEARCH, "look up review tasks", calls,
                    api -> api.search(version, "tasks", request(chunk, keyProperty)));
            for (JsonNode r : answer.path("results")) {
                JsonNode p = r.path("properties");
                OwnKey own = OwnKey.parse(p.path(WriteBodies.KEY_PROPERTY).asText(null));
                own = own != null ? own : WriteBodies.keyInBody(p.path("hs_task_body").asText(null));
                if (own != null && keys(chunk).contains(own.key())) {
                    found.put(own.key(), r.path("id").asText());
                }
            }
        }
        return found;
    }

    static ObjectNode request(Collection<CrmWrite.OwnerTask> tasks, boolean keyProperty) {
        ObjectNode body = NODES.objectNode();
        ArrayNode groups = body.putArray("filterGroups");
        for (CrmWrite.OwnerTask t : tasks) {
            ArrayNode filters = groups.addObject().putArray("filters");
            if (keyProperty) {
                filter(filters, WriteBodies.KEY_PROPERTY, new OwnKey(t.taskKind(), t.key()).toString());
            } else {
                filter(filters, "hubspot_owner_id", t.ownerId());
                filter(filters, "hs_task_subject", t.subject());
            }
        }
        body.putArray("properties").add(WriteBodies.KEY_PROPERTY).add("hs_task_body").add("hubspot_owner_id");
        body.putArray("sorts");
        // two tasks at most for a group (the first and a duplicate a person made by hand), so one page holds them all
        body.put("limit", 200);
        body.put("after", "0");
        return body;
    }

    private static List<String> keys(List<CrmWrite.OwnerTask> tasks) {
        return tasks.stream().map(CrmWrite::key).toList();
    }

    private static void filter(ArrayNode filters, String property, String value) {
        filters.addObject().put("propertyName", property).put("operator", "EQ").put("value", value);
    }
}
