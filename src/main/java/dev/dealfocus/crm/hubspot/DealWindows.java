package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;

/**
 * Pages through deals with HubSpot's search without ever reaching its 10,000-results-per-query cap
 * (docs/BEHAVIOR-hubspot.md, "Reading deals"). The page cursor names the window:
 * <ul>
 *   <li>{@code full:<id>}: a full scan of open deals ({@code hs_is_closed = false}) by ascending
 *   {@code hs_object_id}, each page a fresh query after the last id seen, so no query pages at all;</li>
 *   <li>{@code changed:<ms>:<after>}: deals changed at or after {@code ms}, open or closed (a closed one
 *   is a departure), oldest first, paged with {@code after} until the next page would pass the cap,
 *   then restarted from the last change time seen;</li>
 *   <li>{@code tie:<ms>:<id>}: the rare case of more deals changed in the same millisecond than a query
 *   can page through (a mass update), read by id, then on from the next millisecond.</li>
 * </ul>
 * Search takes only one sort rule and at most 6 filters a group, so each window uses one sort and two filters.
 */
final class DealWindows {
    static final int PAGE = 200;
    static final int CAP = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DealWindows() {
    }

    /** The first cursor of a read: a full scan when {@code modifiedSince} is null. */
    static String start(Instant modifiedSince) {
        return modifiedSince == null ? "full:0" : "changed:" + modifiedSince.toEpochMilli() + ":0";
    }

    /** The search request body of the page at {@code cursor}. */
    static ObjectNode request(String cursor, Collection<String> properties) {
        String[] c = cursor.split(":");
        ObjectNode body = NODES.objectNode();
        ArrayNode filters = body.putArray("filterGroups").addObject().putArray("filters");
        switch (c[0]) {
            case "full" -> {
                filter(filters, "hs_is_closed", "EQ", "false");
                filter(filters, "hs_object_id", "GT", c[1]);
                sort(body, "hs_object_id");
            }
            case "changed" -> {
                filter(filters, "hs_lastmodifieddate", "GTE", c[1]);
                sort(body, "hs_lastmodifieddate");
            }
            case "tie" -> {
                filter(filters, "hs_lastmodifieddate", "EQ", c[1]);
                filter(filters, "hs_object_id", "GT", c[2]);
                sort(body, "hs_object_id");
            }
            default -> throw new IllegalArgumentException("not a HubSpot deal cursor: " + cursor);
        }
        ArrayNode props = body.putArray("properties");
        properties.forEach(props::add);
        body.put("limit", PAGE);
        // the spec requires after; keyset windows always start their query at 0
        body.put("after", "changed".equals(c[0]) ? c[2] : "0");
        return body;
    }

    /** The cursor of the page after {@code answer}, or {@code null} when the window is read to its end. */
    static String next(String cursor, JsonNode answer) {
        String[] c = cursor.split(":");
        JsonNode results = answer.path("results");
        boolean more = answer.path("total").asLong(0) > results.size() + ("changed".equals(c[0]) ? Long.parseLong(c[2]) : 0);
        if (results.isEmpty() || !more) {
            return "tie".equals(c[0]) ? "changed:" + (Long.parseLong(c[1]) + 1) + ":0" : null;
        }
        JsonNode last = results.get(results.size() - 1);
        return switch (c[0]) {
            case "full" -> "full:" + last.path("id").asText();
            case "tie" -> "tie:" + c[1] + ":" + last.path("id").asText();
            default -> {
                long after = answer.path("paging").path("next").path("after").asLong(Long.parseLong(c[2]) + results.size());
                if (after + PAGE <= CAP) {
                    yield "changed:" + c[1] + ":" + after;
                }
                // restart before the cap from the last change time seen; the overlap is read twice, harmlessly
                long lastChange = millis(last);
                yield lastChange > Long.parseLong(c[1]) ? "changed:" + lastChange + ":0" : "tie:" + c[1] + ":0";
            }
        };
    }

    /** The latest change time on the page, in HubSpot's clock, or {@code null}. */
    static Instant highWaterMark(JsonNode answer) {
        long max = -1;
        for (JsonNode result : answer.path("results")) {
            max = Math.max(max, millis(result));
        }
        return max < 0 ? null : Instant.ofEpochMilli(max);
    }

    private static long millis(JsonNode result) {
        Instant changed = RollUps.instant(result.path("properties").path("hs_lastmodifieddate")
                .asText(result.path("updatedAt").asText("")));
        return changed == null ? -1 : changed.toEpochMilli();
    }

    private static void filter(ArrayNode filters, String property, String operator, String value) {
        filters.addObject().put("propertyName", property).put("operator", operator).put("value", value);
    }

    private static void sort(ObjectNode body, String property) {
        // objects, not the strings HubSpot's spec declares (docs/BEHAVIOR-hubspot.md, "Quirks")
        body.putArray("sorts").addObject().put("propertyName", property).put("direction", "ASCENDING");
    }
}
