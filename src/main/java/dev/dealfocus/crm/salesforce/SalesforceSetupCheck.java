package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.port.ApiCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/setup/salesforce}: checks an org for DealFocus and changes nothing in it
 * (docs/salesforce.md, "Check the org"). Salesforce fields are created by an admin (or a metadata
 * deployment), not through the REST API, so the check names what is missing and how to fix it: the
 * login, the API version, every field DealFocus writes or reads on Opportunity and its key on Task with
 * the right type and visible to the run-as user (describe), and the share of Opportunities that user
 * can see, since a partial view would look like deals leaving the pipeline.
 */
public final class SalesforceSetupCheck {
    /** The field types DealFocus can write each of its fields into. */
    static final Map<DealField, Set<String>> TYPES = Map.of(
            DealField.SCORE, Set.of("double", "int", "percent"),
            DealField.STATUS, Set.of("picklist", "string"),
            DealField.REASONS, Set.of("string", "textarea"),
            DealField.EXPIRES_ON, Set.of("date"),
            DealField.RECOMMENDED_STATUS, Set.of("picklist", "string"),
            DealField.VALUE_PER_HOUR, Set.of("currency", "double"),
            DealField.DECIDED_AT, Set.of("datetime"));

    /** The field types DealFocus can write a customer's fields into. */
    static final Map<String, Set<String>> CUSTOMER_TYPES = Map.of("health", Set.of("picklist", "string"), "health_reasons",
            Set.of("string", "textarea"), "remediation_until", Set.of("date"), "remediation_goals", Set.of("string", "textarea"));

    /**
     * What the check found.
     *
     * @param ready        every check passed: a first dry run can follow
     * @param visible      Opportunities the run-as user can see, or -1 when unknown
     * @param inOrg        Opportunities in the org (the org-wide record count), or -1 when unknown
     * @param problems     what is missing or wrong, each with its fix
     */
    public record Report(boolean ready, String organizationId, String userId, String apiVersion, List<String> fieldsOk,
                         long visible, long inOrg, List<String> problems, long calls) {
    }

    private final SalesforceHttp http;
    private final SalesforceCrm crm;

    SalesforceSetupCheck(SalesforceHttp http, SalesforceCrm crm) {
        this.http = http;
        this.crm = crm;
    }

    /** @param readFields the Opportunity fields the rules read (the mapped answers, margin, hours, opt-out) */
    public Report run(Collection<String> readFields, ApiCalls calls) {
        List<String> problems = new ArrayList<>();
        List<String> ok = new ArrayList<>();
        SalesforceAuth.Session session = http.session();
        JsonNode versions = http.send("list the org's API versions", calls, SalesforceApi::versions);
        boolean served = false;
        for (JsonNode v : versions) {
            served |= ("v" + v.path("version").asText()).equals(http.version());
        }
        if (!served) {
            problems.add("The org does not serve API " + http.version() + ": set dealfocus.salesforce.api-version to one it lists"
                    + " (GET /services/data/).");
        }
        SalesforceSchema schema = crm.readSchema(calls);
        crm.fields().forEach((field, name) -> {
            SalesforceSchema.Field f = schema.opportunityField(name);
            if (f == null) {
                problems.add("Opportunity." + name + " is missing or hidden from the run-as user: create it (" + TYPES.get(field)
                        + ") and grant Edit in the DealFocus permission set.");
            } else if (!TYPES.get(field).contains(f.type())) {
                problems.add("Opportunity." + name + " is a " + f.type() + " field; DealFocus writes " + TYPES.get(field) + ".");
            } else if (!f.updateable()) {
                problems.add("Opportunity." + name + " is read-only for the run-as user: grant Edit in the DealFocus permission set.");
            } else {
                ok.add("Opportunity." + name);
            }
        });
        for (String name : readFields) {
            if (schema.opportunityField(name) == null) {
                problems.add("Opportunity." + name + " (read by the rules) is missing or hidden from the run-as user: create it or"
                        + " grant Read in the permission set, or change the mapping that names it.");
            } else {
                ok.add("Opportunity." + name);
            }
        }
        SalesforceSchema.Field key = schema.taskField(SalesforceCrm.KEY_FIELD);
        if (key == null || !key.externalId() || !key.updateable()) {
            problems.add("Task." + SalesforceCrm.KEY_FIELD + (key == null ? " is missing or hidden" : " is not an editable External ID")
                    + ": create it as Text(255), Unique (case sensitive), External ID, and grant Edit; it keeps a retried note"
                    + " or task from being written twice.");
        } else {
            ok.add("Task." + SalesforceCrm.KEY_FIELD);
        }
        if (crm.readsCustomers()) {
            customers(schema, problems, ok, calls);
        }
        long visible = http.query("SELECT COUNT() FROM Opportunity", "count the opportunities the run-as user can see", calls)
                .path("totalSize").asLong(-1);
        long inOrg = -1;
        try {
            // the org-wide count (a cached snapshot, needs "View Setup and Configuration"), whatever the user may see
            JsonNode counts = http.send("count the org's opportunities", calls, api -> api.recordCount(http.version(), "Opportunity"));
            for (JsonNode c : counts.path("sObjects")) {
                if ("Opportunity".equals(c.path("name").asText())) {
                    inOrg = c.path("count").asLong(-1);
                }
            }
        } catch (dev.dealfocus.core.port.CrmException e) {
            if (e.kind() != dev.dealfocus.core.port.CrmException.Kind.FAIL_FAST) {
                throw e;
            }
            problems.add("The org's Opportunity count could not be read (" + e.getMessage() + "): grant the run-as user"
                    + " \"View Setup and Configuration\" so the check can compare it with the " + visible + " Opportunities it sees.");
        }
        if (visible >= 0 && inOrg > visible) {
            problems.add("The run-as user sees " + visible + " of about " + inOrg + " Opportunities: give the DealFocus permission set"
                    + " View All on Opportunity, or DealFocus would take the hidden ones for deals that left the pipeline.");
        }
        return new Report(problems.isEmpty(), session.organizationId(), session.userId(), http.version(), ok, visible, inOrg,
                problems, calls.count());
    }

    /**
     * Existing customers (issue 14): DealFocus's four Account fields with the right types and editable, every mapped sign
     * field readable on Account, and, where signs are counted from Cases, Read on Case (one count query).
     */
    private void customers(SalesforceSchema schema, List<String> problems, List<String> ok, ApiCalls calls) {
        SalesforceCrm.CUSTOMER_FIELDS.forEach((field, name) -> {
            Set<String> types = CUSTOMER_TYPES.get(field);
            SalesforceSchema.Field f = schema.accountField(name);
            if (f == null) {
                problems.add("Account." + name + " is missing or hidden from the run-as user: create it (" + types
                        + ") and grant Edit in the DealFocus permission set; until then customers' lights are only stored.");
            } else if (!types.contains(f.type())) {
                problems.add("Account." + name + " is a " + f.type() + " field; DealFocus writes " + types + ".");
            } else if (!f.updateable()) {
                problems.add("Account." + name + " is read-only for the run-as user: grant Edit in the DealFocus permission set.");
            } else {
                ok.add("Account." + name);
            }
        });
        var mapped = crm.customerProperties();
        for (String name : java.util.stream.Stream.of(mapped.lastUsed(), mapped.oldestUnpaidDue(), mapped.escalations(),
                mapped.changeRequests(), mapped.delays(), mapped.successOwner()).filter(java.util.Objects::nonNull).toList()) {
            if (schema.accountField(name) == null) {
                problems.add("Account." + name + " (a customer sign) is missing or hidden from the run-as user: create it or grant Read,"
                        + " or change dealfocus.customers.signals.*.property.");
            } else {
                ok.add("Account." + name);
            }
        }
        if (mapped.records().escalations() || mapped.records().changeCategory() != null) {
            try {
                http.query("SELECT COUNT() FROM Case", "check that the run-as user reads Cases", calls);
                ok.add("Case (read)");
            } catch (dev.dealfocus.core.port.CrmException e) {
                if (e.kind() != dev.dealfocus.core.port.CrmException.Kind.FAIL_FAST) {
                    throw e;
                }
                problems.add("Cases cannot be read (" + e.getMessage() + "): grant Read on Case in the DealFocus permission set, or"
                        + " map escalations and change requests as Account fields.");
            }
        }
    }
}
