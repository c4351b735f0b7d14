package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.port.ApiCalls;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the run-as user can see of Opportunity, Task and (with customers) Account, from the describe calls: fields
 * the user's field-level security hides are absent from a describe, so a query built from it never
 * names a field the user cannot read. Also tells a multi-currency org ({@code CurrencyIsoCode} exists)
 * and an org with Opportunity record types ({@code RecordTypeId} exists).
 */
record SalesforceSchema(Map<String, Field> opportunity, Map<String, Field> task, Map<String, Field> account) {
    /** A field as describe shows it. */
    record Field(String name, String type, boolean updateable, boolean createable, boolean externalId) {
    }

    SalesforceSchema {
        opportunity = Collections.unmodifiableMap(new LinkedHashMap<>(opportunity));
        task = Collections.unmodifiableMap(new LinkedHashMap<>(task));
        account = Collections.unmodifiableMap(new LinkedHashMap<>(account));
    }

    /** Two describes; a third of Account where customers are read (else its map is empty). */
    static SalesforceSchema read(SalesforceHttp http, boolean customers, ApiCalls calls) {
        return new SalesforceSchema(fields(http, "Opportunity", calls), fields(http, "Task", calls),
                customers ? fields(http, "Account", calls) : Map.of());
    }

    private static Map<String, Field> fields(SalesforceHttp http, String type, ApiCalls calls) {
        JsonNode describe = http.send("describe " + type, calls, api -> api.describe(http.version(), type));
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode f : describe.path("fields")) {
            String name = f.path("name").asText();
            fields.put(name.toLowerCase(), new Field(name, f.path("type").asText(""), f.path("updateable").asBoolean(false),
                    f.path("createable").asBoolean(false), f.path("externalId").asBoolean(false)));
        }
        return fields;
    }

    /** The field of Opportunity by API name, in any case, or {@code null}. */
    Field opportunityField(String name) {
        return name == null ? null : opportunity.get(name.toLowerCase());
    }

    Field accountField(String name) {
        return name == null ? null : account.get(name.toLowerCase());
    }

    /** Whether every field DealFocus writes on a customer's Account exists and the run-as user may edit it. */
    boolean customerFields() {
        return SalesforceCrm.CUSTOMER_FIELDS.values().stream().map(this::accountField).allMatch(f -> f != null && f.updateable());
    }

    Field taskField(String name) {
        return name == null ? null : task.get(name.toLowerCase());
    }

    boolean multiCurrency() {
        return opportunityField("CurrencyIsoCode") != null;
    }

    boolean recordTypes() {
        return opportunityField("RecordTypeId") != null;
    }

    Set<String> opportunityFieldNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        opportunity.values().forEach(f -> names.add(f.name()));
        return names;
    }
}
