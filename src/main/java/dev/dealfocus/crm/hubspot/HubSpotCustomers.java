package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerSource;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CustomerProperties;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Existing customers on HubSpot (issue 14): companies with {@code lifecyclestage} {@code customer}, read by a search
 * in keyset pages of 200 ({@code hs_object_id} greater than the last page's, oldest first, so the 10,000-result cap
 * of a search never applies), with their name, owner and the mapped sign properties (facts A1). The cursor is the
 * last company id of a full page.
 */
final class HubSpotCustomers {
    static final int PAGE = 200;
    /** HubSpot's internal value of the customer lifecycle stage (enumeration filters are case-sensitive, facts A1). */
    static final String CUSTOMER = "customer";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HubSpotHttp http;
    private final String version;
    private final CustomerProperties properties;
    private final ZoneId zone;

    HubSpotCustomers(HubSpotHttp http, String version, CustomerProperties properties, ZoneId zone) {
        this.http = http;
        this.version = version;
        this.properties = properties;
        this.zone = zone;
    }

    CustomerSource.Page read(String cursor, ApiCalls calls) {
        JsonNode answer = http.send(Lane.SEARCH, "search customer companies", calls,
                api -> api.search(version, "companies", request(cursor)));
        List<CustomerFacts> customers = new ArrayList<>();
        String last = null;
        for (JsonNode r : answer.path("results")) {
            JsonNode p = r.path("properties");
            last = r.path("id").asText();
            customers.add(properties.facts(last, p.path("name").asText(null), p.path("hubspot_owner_id").asText(null),
                    name -> p.path(name).isNull() ? null : p.path(name).asText(null), zone));
        }
        return new CustomerSource.Page(customers, customers.size() == PAGE ? last : null);
    }

    ObjectNode request(String cursor) {
        ObjectNode body = NODES.objectNode();
        ArrayNode filters = body.putArray("filterGroups").addObject().putArray("filters");
        filters.addObject().put("propertyName", "lifecyclestage").put("operator", "EQ").put("value", CUSTOMER);
        filters.addObject().put("propertyName", "hs_object_id").put("operator", "GT").put("value", cursor == null ? "0" : cursor);
        body.putArray("sorts").addObject().put("propertyName", "hs_object_id").put("direction", "ASCENDING");
        ArrayNode props = body.putArray("properties").add("name").add("hubspot_owner_id");
        properties.names().forEach(props::add);
        body.put("limit", PAGE);
        body.put("after", "0");
        return body;
    }
}
