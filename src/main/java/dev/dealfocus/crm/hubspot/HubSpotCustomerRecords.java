package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CustomerRecords;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Customer signs from HubSpot records (issue 14, item 2; docs/BEHAVIOR-hubspot.md, "Customers"): the portal's recent
 * escalation and change-request tickets, and its open invoices, each found by one search over the whole portal (keyset
 * pages of 200, so the cost follows the number of such records, never the number of customers) and tied to their
 * companies by associations batch reads of 1,000. Read once per assessment.
 */
final class HubSpotCustomerRecords {
    /** HubSpot's default ticket priorities that mean an escalation ({@code hs_ticket_priority}). */
    static final List<String> DEFAULT_PRIORITIES = List.of("HIGH", "URGENT");
    static final Duration ESCALATIONS = Duration.ofDays(30);
    static final Duration CHANGE_REQUESTS = Duration.ofDays(90);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HubSpotHttp http;
    private final HubSpotAssociations associations;
    private final String version;
    private final Clock clock;

    HubSpotCustomerRecords(HubSpotHttp http, HubSpotAssociations associations, String version, Clock clock) {
        this.http = http;
        this.associations = associations;
        this.version = version;
        this.clock = clock;
    }

    CustomerRecords read(CustomerRecords.Settings settings, ApiCalls calls) {
        if (!settings.any()) {
            return CustomerRecords.NONE;
        }
        Map<String, Integer> escalations = null;
        Map<String, Integer> changes = null;
        if (settings.escalations() || settings.changeCategory() != null) {
            Instant now = clock.instant();
            List<String> priorities = settings.priorities().isEmpty() ? DEFAULT_PRIORITIES : settings.priorities();
            Map<String, JsonNode> tickets = new HashMap<>();
            search("tickets", cursor -> ticketSearch(settings, priorities, now, cursor), t -> tickets.put(t.path("id").asText(), t), calls);
            Map<String, List<String>> companies = associations.read("tickets", "companies", tickets.keySet(), calls);
            escalations = settings.escalations() ? new HashMap<>() : null;
            changes = settings.changeCategory() != null ? new HashMap<>() : null;
            for (JsonNode t : tickets.values()) {
                JsonNode p = t.path("properties");
                Instant created = RollUps.instant(p.path("createdate").asText(null));
                boolean escalation = escalations != null && created != null && !created.isBefore(now.minus(ESCALATIONS))
                        && priorities.contains(p.path("hs_ticket_priority").asText(""));
                boolean change = changes != null && created != null && !created.isBefore(now.minus(CHANGE_REQUESTS))
                        && settings.changeCategory().equals(p.path("hs_ticket_category").asText(""));
                for (String company : companies.getOrDefault(t.path("id").asText(), List.of())) {
                    if (escalation) {
                        escalations.merge(company, 1, Integer::sum);
                    }
                    if (change) {
                        changes.merge(company, 1, Integer::sum);
                    }
                }
            }
        }
        return new CustomerRecords(escalations, changes, settings.invoices() ? oldestOpenInvoices(calls) : null);
    }

    /** Open invoices with a balance left: the earliest due date per company. */
    private Map<String, LocalDate> oldestOpenInvoices(ApiCalls calls) {
        Map<String, LocalDate> dueById = new HashMap<>();
        search("invoices", this::invoiceSearch, i -> {
            JsonNode p = i.path("properties");
            LocalDate due = day(p.path("hs_due_date").asText(null));
            boolean settled = settled(p.path("hs_balance_due").asText(""));
            if (due != null && !settled) {
                dueById.put(i.path("id").asText(), due);
            }
        }, calls);
        Map<String, LocalDate> oldest = new HashMap<>();
        associations.read("invoices", "companies", dueById.keySet(), calls).forEach((invoice, companies) ->
                companies.forEach(c -> oldest.merge(c, dueById.get(invoice), (a, b) -> a.isBefore(b) ? a : b)));
        return oldest;
    }

    /** Every result of a search, in keyset pages by {@code hs_object_id}. */
    private void search(String objectType, java.util.function.Function<String, ObjectNode> request, Consumer<JsonNode> each, ApiCalls calls) {
        String cursor = "0";
        while (cursor != null) {
            ObjectNode body = request.apply(cursor);
            JsonNode answer = http.send(Lane.SEARCH, "search " + objectType + " for customer signs", calls,
                    api -> api.search(version, objectType, body));
            String last = null;
            for (JsonNode r : answer.path("results")) {
                each.accept(r);
                last = r.path("id").asText();
            }
            cursor = answer.path("results").size() == HubSpotCustomers.PAGE ? last : null;
        }
    }

    /** Escalations of the last 30 days (one filter group) or change requests of the last 90 (another), after the cursor. */
    ObjectNode ticketSearch(CustomerRecords.Settings settings, List<String> priorities, Instant now, String cursor) {
        ObjectNode body = NODES.objectNode();
        ArrayNode groups = body.putArray("filterGroups");
        if (settings.escalations()) {
            ArrayNode f = group(groups, cursor, "createdate", now.minus(ESCALATIONS));
            ArrayNode values = f.addObject().put("propertyName", "hs_ticket_priority").put("operator", "IN").putArray("values");
            priorities.forEach(values::add);
        }
        if (settings.changeCategory() != null) {
            group(groups, cursor, "createdate", now.minus(CHANGE_REQUESTS)).addObject().put("propertyName", "hs_ticket_category")
                    .put("operator", "EQ").put("value", settings.changeCategory());
        }
        finish(body, "hs_ticket_priority", "hs_ticket_category", "createdate");
        return body;
    }

    ObjectNode invoiceSearch(String cursor) {
        ObjectNode body = NODES.objectNode();
        ArrayNode filters = body.putArray("filterGroups").addObject().putArray("filters");
        filters.addObject().put("propertyName", "hs_invoice_status").put("operator", "EQ").put("value", "open");
        filters.addObject().put("propertyName", "hs_object_id").put("operator", "GT").put("value", cursor);
        finish(body, "hs_due_date", "hs_balance_due");
        return body;
    }

    private static ArrayNode group(ArrayNode groups, String cursor, String dateProperty, Instant since) {
        ArrayNode filters = groups.addObject().putArray("filters");
        filters.addObject().put("propertyName", "hs_object_id").put("operator", "GT").put("value", cursor);
        filters.addObject().put("propertyName", dateProperty).put("operator", "GTE").put("value", String.valueOf(since.toEpochMilli()));
        return filters;
    }

    private static void finish(ObjectNode body, String... properties) {
        body.putArray("sorts").addObject().put("propertyName", "hs_object_id").put("direction", "ASCENDING");
        ArrayNode props = body.putArray("properties");
        for (String p : properties) {
            props.add(p);
        }
        body.put("limit", HubSpotCustomers.PAGE);
        body.put("after", "0");
    }

    /** Whether a balance says nothing is left to pay (an unreadable or empty one does not). */
    private static boolean settled(String balance) {
        try {
            return !balance.isBlank() && new java.math.BigDecimal(balance.trim()).signum() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A date property as HubSpot answers it: a day, or midnight UTC as a datetime or epoch milliseconds (facts: date
     * properties are kept at midnight UTC), so its day is read in UTC, never in the portal's zone.
     */
    static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
        Instant at = RollUps.instant(value);
        return at == null ? null : LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
    }
}
