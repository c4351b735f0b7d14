package dev.dealfocus.crm.salesforce;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CustomerRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Customer signs from Salesforce Cases (issue 14, item 2; docs/BEHAVIOR-salesforce.md, "Customers"): escalations (Cases
 * created in the last 30 days with {@code IsEscalated} or one of the configured priorities) and change requests (Cases
 * of the configured {@code Type} in the last 90 days), counted per Account by aggregate queries grouped by
 * {@code AccountId} alone, so a chunk of ids never has more groups than ids (aggregate answers cannot be paged). One or
 * two queries per chunk of a page's Accounts. Sales Cloud has no invoice object: payment comes from a mapped field.
 */
final class SalesforceCustomerRecords {
    private final SalesforceHttp http;
    private final Clock clock;

    SalesforceCustomerRecords(SalesforceHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    CustomerRecords read(CustomerRecords.Settings settings, Collection<String> accountIds, ApiCalls calls) {
        if (!(settings.escalations() || settings.changeCategory() != null) || accountIds.isEmpty()) {
            return CustomerRecords.NONE;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Integer> escalations = settings.escalations()
                ? counts(escalated(settings.priorities(), now.minus(Duration.ofDays(30))), accountIds, "escalated cases", calls) : null;
        Map<String, Integer> changes = settings.changeCategory() != null ? counts("CreatedDate >= " + now.minus(Duration.ofDays(90))
                + " AND Type = " + Soql.quote(settings.changeCategory()), accountIds, "change-request cases", calls) : null;
        return new CustomerRecords(escalations, changes, null);
    }

    /** Escalated, or of a configured priority, since the instant. */
    static String escalated(List<String> priorities, Instant since) {
        String which = priorities.isEmpty() ? "IsEscalated = true"
                : "(IsEscalated = true OR Priority IN (" + priorities.stream().map(Soql::quote).collect(Collectors.joining(",")) + "))";
        return "CreatedDate >= " + since + " AND " + which;
    }

    private Map<String, Integer> counts(String condition, Collection<String> accountIds, String what, ApiCalls calls) {
        Map<String, Integer> out = new HashMap<>();
        String prefix = "SELECT AccountId, COUNT(Id) n FROM Case WHERE " + condition + " AND AccountId ";
        for (String soql : Soql.inChunks(prefix, accountIds, " GROUP BY AccountId")) {
            http.queryAll(soql, "count the customers' " + what, calls, r -> out.put(r.path("AccountId").asText(), r.path("n").asInt()));
        }
        return out;
    }
}
