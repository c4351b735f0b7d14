package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.eaters.EffortActivity;
import dev.dealfocus.core.port.ApiCalls;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The effort that went into Opportunities, for the time-eater list, as aggregate queries: per chunk of ids
 * four queries, each grouped by {@code WhatId} alone so that a chunk never has more groups than ids (an
 * aggregate answer cannot be paged, and stops at 2,000 groups): all completed Tasks of the quarter, the
 * calls among them (count, count with a duration, sum of {@code CallDurationInSeconds}), the emails among
 * them, and the Events that ended in the quarter (count, sum of {@code DurationInMinutes}), child Events
 * (the invitees' copies) left out. Tasks are told apart by a configurable field: API-created Tasks all have
 * {@code TaskSubtype} Task, and many orgs keep the kind in {@code Type}. DealFocus's own Tasks (with its key)
 * never count. A Task counts in the quarter of its {@code ActivityDate}.
 */
final class SalesforceEffort {
    private final SalesforceHttp http;
    private final ActivityTypes types;
    private final ZoneId zone;
    private final Clock clock;

    SalesforceEffort(SalesforceHttp http, ActivityTypes types, ZoneId zone, Clock clock) {
        this.http = http;
        this.types = types;
        this.zone = zone;
        this.clock = clock;
    }

    Map<String, List<EffortActivity>> read(Collection<String> dealIds, Instant from, Instant to, ApiCalls calls) {
        List<String> ids = dealIds.stream().filter(Soql::isId).distinct().toList();
        Map<String, List<EffortActivity>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate end = LocalDate.ofInstant(to, zone);
        String closedTasks = "FROM Task WHERE IsClosed = true AND " + SalesforceCrm.KEY_FIELD + " = null AND ActivityDate >= "
                + first + " AND ActivityDate < " + end + " AND ";
        Map<String, Long> all = counts(ids, "SELECT WhatId, COUNT(Id) n " + closedTasks, "all completed tasks", calls);
        Map<String, Long> emails = counts(ids, "SELECT WhatId, COUNT(Id) n " + closedTasks + types.field() + " IN ("
                + list(types.emails()) + ") AND ", "emails", calls);
        Map<String, JsonNode> phoneCalls = groups(ids, "SELECT WhatId, COUNT(Id) n, COUNT(CallDurationInSeconds) timed,"
                + " SUM(CallDurationInSeconds) secs " + closedTasks + types.field() + " IN (" + list(types.calls()) + ") AND ",
                "calls", calls);
        Instant until = to.isBefore(clock.instant()) ? to : clock.instant(); // a meeting counts once it ended
        Map<String, JsonNode> meetings = groups(ids, "SELECT WhatId, COUNT(Id) n, SUM(DurationInMinutes) mins FROM Event"
                + " WHERE IsChild = false AND EndDateTime >= " + Soql.datetime(from) + " AND EndDateTime < " + Soql.datetime(until)
                + " AND ", "meetings", calls);
        for (String id : ids) {
            List<EffortActivity> list = new ArrayList<>();
            JsonNode call = phoneCalls.get(id);
            long callCount = call == null ? 0 : call.path("n").asLong();
            if (call != null) {
                long timed = call.path("timed").asLong();
                if (timed > 0) { // their real durations, summed: one entry carries them all
                    list.add(new EffortActivity(EffortActivity.Type.CALL, from, true,
                            (int) Math.round(call.path("secs").asDouble() / 60), false));
                }
                add(list, EffortActivity.Type.CALL, callCount - timed, from);
            }
            long emailCount = emails.getOrDefault(id, 0L);
            add(list, EffortActivity.Type.EMAIL, emailCount, from);
            add(list, EffortActivity.Type.TASK, all.getOrDefault(id, 0L) - callCount - emailCount, from);
            JsonNode meeting = meetings.get(id);
            if (meeting != null && meeting.path("n").asLong() > 0) {
                list.add(new EffortActivity(EffortActivity.Type.MEETING, from, true, (int) meeting.path("mins").asLong(), false));
            }
            if (!list.isEmpty()) {
                out.put(id, list);
            }
        }
        return out;
    }

    /**
     * An hours-spent field at both ends of [from, to), from {@code OpportunityFieldHistory} (the org must track the
     * field): the value of the latest change before an instant, else the old value of the first change after it,
     * else the field's value now. Two queries per chunk of ids: the values now and the changes.
     */
    Map<String, dev.dealfocus.core.eaters.HoursSpent> hoursSpent(Collection<String> dealIds, String field, Instant from, Instant to,
                                                                ApiCalls calls) {
        List<String> ids = dealIds.stream().filter(Soql::isId).distinct().toList();
        Map<String, java.math.BigDecimal> now = new HashMap<>();
        Map<String, List<JsonNode>> changes = new HashMap<>();
        for (String soql : Soql.inChunks("SELECT Id, " + field + " FROM Opportunity WHERE Id ", ids, "")) {
            http.queryAll(soql, "read the hours spent", calls, r -> now.put(r.path("Id").asText(), number(r.path(field))));
        }
        for (String soql : Soql.inChunks("SELECT OpportunityId, OldValue, NewValue, CreatedDate FROM OpportunityFieldHistory"
                + " WHERE Field = " + Soql.quote(field) + " AND OpportunityId ", ids, " ORDER BY CreatedDate")) {
            http.queryAll(soql, "read the hours-spent history", calls,
                    r -> changes.computeIfAbsent(r.path("OpportunityId").asText(), k -> new ArrayList<>()).add(r));
        }
        Map<String, dev.dealfocus.core.eaters.HoursSpent> out = new LinkedHashMap<>();
        for (String id : ids) {
            List<JsonNode> history = changes.getOrDefault(id, List.of());
            out.put(id, new dev.dealfocus.core.eaters.HoursSpent(valueAt(history, from, now.get(id)), valueAt(history, to, now.get(id))));
        }
        return out;
    }

    private static java.math.BigDecimal valueAt(List<JsonNode> history, Instant at, java.math.BigDecimal current) {
        JsonNode before = null;
        for (JsonNode change : history) {
            Instant when = OpportunityMapper.instant(change.path("CreatedDate").asText(null));
            if (when != null && when.isBefore(at)) {
                before = change;
            } else {
                return before != null ? number(before.path("NewValue")) : number(change.path("OldValue"));
            }
        }
        return before != null ? number(before.path("NewValue")) : current;
    }

    private static java.math.BigDecimal number(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code n} activities of a type without a duration of their own (the configured minutes count). */
    private static void add(List<EffortActivity> list, EffortActivity.Type type, long n, Instant at) {
        for (long i = 0; i < n; i++) {
            list.add(new EffortActivity(type, at, true, null, false));
        }
    }

    private Map<String, Long> counts(List<String> ids, String prefix, String what, ApiCalls calls) {
        Map<String, Long> out = new HashMap<>();
        groups(ids, prefix, what, calls).forEach((id, row) -> out.put(id, row.path("n").asLong()));
        return out;
    }

    /** One aggregate row per Opportunity, by id; ids in chunks the URI takes, one group per id at most. */
    private Map<String, JsonNode> groups(List<String> ids, String prefix, String what, ApiCalls calls) {
        Map<String, JsonNode> out = new HashMap<>();
        for (String soql : Soql.inChunks(prefix + "WhatId ", ids, " GROUP BY WhatId")) {
            http.queryAll(soql, "sum the Opportunities' " + what + " for the time-eater list", calls,
                    r -> out.put(r.path("WhatId").asText(), r));
        }
        return out;
    }

    private static String list(Set<String> values) {
        return values.stream().sorted().map(Soql::quote).collect(Collectors.joining(","));
    }
}
