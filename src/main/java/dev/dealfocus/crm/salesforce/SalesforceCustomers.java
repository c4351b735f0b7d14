package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerSource;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CustomerProperties;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Existing customers on Salesforce (issue 14): Accounts whose {@code Type} is one of the configured customer types
 * ({@code dealfocus.salesforce.customer-types}), in keyset pages of 2,000 by {@code Id}, with {@code Name},
 * {@code OwnerId}, the mapped sign fields and, where the org has it, DealFocus's health field (so a light a person set
 * is kept, as on HubSpot).
 */
final class SalesforceCustomers {
    static final int PAGE = 2000;

    private final SalesforceHttp http;
    private final CustomerProperties properties;
    private final Set<String> types;
    private final ZoneId zone;

    /** @param lightField DealFocus's health field where the org has it, else null: a field the org lacks fails the whole query */
    SalesforceCustomers(SalesforceHttp http, CustomerProperties properties, String lightField, Set<String> types, ZoneId zone) {
        this.properties = new CustomerProperties(properties.lastUsed(), properties.oldestUnpaidDue(), properties.escalations(),
                properties.changeRequests(), properties.delays(), lightField, properties.successOwner(), properties.records(),
                properties.usageScore());
        this.http = http;
        this.types = types;
        this.zone = zone;
    }

    CustomerSource.Page read(String cursor, ApiCalls calls) {
        List<JsonNode> rows = new ArrayList<>();
        http.queryAll(soql(cursor), "read customer accounts", calls, rows::add);
        List<CustomerFacts> customers = rows.stream().map(r -> properties.facts(r.path("Id").asText(), r.path("Name").asText(null),
                r.path("OwnerId").asText(null), name -> r.path(name).isNull() ? null : r.path(name).asText(null), zone)).toList();
        return new CustomerSource.Page(customers, rows.size() == PAGE ? rows.get(rows.size() - 1).path("Id").asText() : null);
    }

    String soql(String cursor) {
        String fields = properties.names().stream().map(n -> ", " + n).collect(Collectors.joining());
        String in = types.stream().sorted().map(Soql::quote).collect(Collectors.joining(","));
        return "SELECT Id, Name, OwnerId" + fields + " FROM Account WHERE Type IN (" + in + ")"
                + (cursor == null ? "" : " AND Id > " + Soql.quote(cursor)) + " ORDER BY Id LIMIT " + PAGE;
    }
}
