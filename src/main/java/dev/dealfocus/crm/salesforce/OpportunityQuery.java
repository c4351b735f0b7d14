package dev.dealfocus.crm.salesforce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SOQL DealFocus sends (docs/BEHAVIOR-salesforce.md, "Reading"). Only fields the run-as user can
 * see are named ({@link SalesforceSchema}); a mapped field the user cannot see is left out, and
 * {@link #missing()} names it for a warning and the setup check.
 */
final class OpportunityQuery {
    static final List<String> STANDARD = List.of("Id", "Name", "StageName", "OwnerId", "CreatedDate", "Amount", "Probability",
            "CloseDate", "IsClosed", "IsWon", "SystemModstamp", "LastModifiedById", "LastActivityDate");

    private final String select;
    private final List<String> missing;
    private final String keyField;

    /**
     * @param fields       the Opportunity fields the read needs beside the standard ones: DealFocus's own and
     *                     the read spec's
     * @param keyField     the Task External ID field that carries DealFocus's key
     * @param activityDays Tasks and Events older than this many days are not read
     */
    OpportunityQuery(SalesforceSchema schema, Collection<String> fields, String keyField, int activityDays) {
        Set<String> names = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String name : STANDARD) {
            if (schema.opportunityField(name) != null) {
                names.add(schema.opportunityField(name).name());
            }
        }
        if (schema.multiCurrency()) {
            names.add("CurrencyIsoCode"); // selecting it in an org without multi-currency fails the query
        }
        if (schema.recordTypes()) {
            names.add("RecordType.DeveloperName"); // the pipeline: a record type's sales process limits its stages
        }
        for (String name : fields) {
            SalesforceSchema.Field f = schema.opportunityField(name);
            if (f != null) {
                names.add(f.name());
            } else if (!name.contains(".")) {
                missing.add("Opportunity." + name);
            }
        }
        this.keyField = schema.taskField(keyField) == null ? null : schema.taskField(keyField).name();
        if (this.keyField == null) {
            missing.add("Task." + keyField);
        }
        String window = "LAST_N_DAYS:" + activityDays;
        String taskFields = "Id, Subject, ActivityDate, Status, IsClosed, CreatedDate, TaskSubtype, OwnerId"
                + (this.keyField == null ? "" : ", " + this.keyField);
        this.select = "SELECT " + String.join(", ", names)
                + ", (SELECT ContactId, Role, IsPrimary, Contact.HasOptedOutOfEmail FROM OpportunityContactRoles)"
                + ", (SELECT " + taskFields + " FROM Tasks WHERE IsClosed = false OR ActivityDate >= " + window + ")"
                + ", (SELECT Id, StartDateTime, ActivityDate, CreatedDate FROM Events WHERE StartDateTime >= " + window + ")"
                + " FROM Opportunity";
        this.missing = List.copyOf(missing);
    }

    /** Fields the mapping names that the run-as user cannot see (or that do not exist), as Object.Field. */
    List<String> missing() {
        return missing;
    }

    String keyField() {
        return keyField;
    }

    String openOpportunities() {
        return select + " WHERE IsClosed = false ORDER BY Id";
    }

    /** Changed in {@code [since, until)}: open and closed, so deals that closed are reported as leaving. */
    String modified(Instant since, Instant until) {
        return select + " WHERE SystemModstamp >= " + Soql.datetime(since) + " AND SystemModstamp < " + Soql.datetime(until)
                + " ORDER BY Id";
    }

    List<String> byId(Collection<String> ids) {
        return Soql.inChunks(select + " WHERE Id ", ids, "");
    }

    /**
     * The Opportunities whose Tasks and Events changed in {@code [since, until)}, by their own LastModifiedDate,
     * leaving out what DealFocus's own user changed last (its notes and tasks).
     */
    List<String> changedActivities(Instant since, Instant until, String ownUserId) {
        String window = " WHERE What.Type = 'Opportunity' AND LastModifiedDate >= " + Soql.datetime(since)
                + " AND LastModifiedDate < " + Soql.datetime(until)
                + (Soql.isId(ownUserId) ? " AND LastModifiedById != " + Soql.quote(ownUserId) : "");
        return List.of("SELECT WhatId FROM Task" + window, "SELECT WhatId FROM Event" + window);
    }

    static List<String> history(Collection<String> opportunityIds) {
        return Soql.inChunks("SELECT OpportunityId, CloseDate, CreatedDate FROM OpportunityHistory WHERE OpportunityId ",
                opportunityIds, " ORDER BY OpportunityId, CreatedDate");
    }

    /** DealFocus's Tasks by key, for creates whose answer was lost. */
    static List<String> tasksByKey(String keyField, Collection<String> keys) {
        return Soql.inChunks("SELECT Id, WhatId, " + keyField + " FROM Task WHERE " + keyField + " ", keys, "");
    }

    static List<String> users(Collection<String> ids, String teamField) {
        return Soql.inChunks("SELECT Id, IsActive, " + teamField + " FROM User WHERE Id ", ids, "");
    }

}
