package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.SkippedDeal;
import dev.dealfocus.crm.shared.CloseDatePushes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads Opportunities by SOQL (docs/BEHAVIOR-salesforce.md, "Reading"): one query brings each
 * Opportunity with its contact roles (and their consent), its open Tasks, its Tasks and Events of the
 * activity window, as subquery results that count toward the 2,000 records of a batch. A full scan
 * reads the open Opportunities by {@code nextRecordsUrl}; an incremental read takes the Opportunities
 * whose {@code SystemModstamp} lies in the half-open window from the core's cursor to the run's start,
 * closed ones included (they leave), and then the Opportunities whose Tasks or Events changed in the
 * same window, since a new Task need not touch its Opportunity. Related records never cost a query per
 * Opportunity; close-date pushes cost one {@code OpportunityHistory} query per chunk of deals whose close
 * date moved since it was last read.
 */
final class SalesforceReader {
    /** Opportunities read by id per query: the URI limit allows about 400 ids; a port page holds 2,000. */
    static final int PAGE = 2_000;

    private final SalesforceHttp http;
    private final CloseDatePushes pushes;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** The Opportunities step 1 of an incremental read returned, by the window's end: step 2 reads each once. */
    private final Map<Instant, Set<String>> modifiedRead = new ConcurrentHashMap<>();

    /** The Opportunities an incremental read still has to read by id, with the window's end. */
    private record Pending(List<String> ids, Instant until) {
    }

    /** @param pushes {@code null} when close-date history is switched off (every deal counts 0 pushes) */
    SalesforceReader(SalesforceHttp http, CloseDatePushes pushes) {
        this.http = http;
        this.pushes = pushes;
    }

    /**
     * One page. Cursors: {@code f|<nextRecordsUrl>} for a full scan, {@code m|<until>|<nextRecordsUrl>} in
     * the modified Opportunities, {@code a|<until>} before the activity phase, {@code i|<token>} while its
     * Opportunities are read by id.
     */
    DealPage page(OpportunityQuery query, ReadSpec spec, Instant since, String cursor, OpportunityMapper.Context context,
                  ApiCalls calls, Function<Collection<String>, Map<String, String>> teams, Predicate<JsonNode> onlyOwn) {
        if (since == null) {
            JsonNode batch = cursor == null ? http.query(query.openOpportunities(), "read open opportunities", calls)
                    : http.more(cursor.substring(2), "read open opportunities", calls);
            String next = nextUrl(batch);
            return assemble(batch, spec, context, calls, teams, next == null ? null : "f|" + next, null);
        }
        if (cursor == null || cursor.startsWith("m|")) {
            Instant until = cursor == null ? context.now() : Instant.parse(cursor.split("\\|", 3)[1]);
            JsonNode batch = cursor == null ? http.query(query.modified(since, until), "read changed opportunities", calls)
                    : http.more(cursor.split("\\|", 3)[2], "read changed opportunities", calls);
            String next = nextUrl(batch);
            List<JsonNode> records = new ArrayList<>();
            Set<String> read = modifiedRead.computeIfAbsent(until, k -> ConcurrentHashMap.newKeySet());
            // an Opportunity whose only change since is DealFocus's own write is passed over (BEHAVIOR-salesforce.md)
            batch.path("records").forEach(r -> {
                read.add(r.path("Id").asText());
                if (OpportunityMapper.closed(r) || !onlyOwn.test(r)) {
                    records.add(r);
                }
            });
            return assemble(records, spec, context, calls, teams, next != null ? "m|" + until + "|" + next : "a|" + until, until);
        }
        if (cursor.startsWith("a|")) {
            Instant until = Instant.parse(cursor.substring(2));
            Set<String> ids = new LinkedHashSet<>();
            for (String soql : query.changedActivities(since, until, context.userId())) {
                http.queryAll(soql, "read changed tasks and events", calls, r -> ids.add(r.path("WhatId").asText()));
            }
            Set<String> read = modifiedRead.remove(until);
            if (read != null) {
                ids.removeAll(read); // read in step 1 already
            }
            if (ids.isEmpty()) {
                return new DealPage(List.of(), List.of(), List.of(), null, null, until);
            }
            String token = java.util.UUID.randomUUID().toString();
            pending.put(token, new Pending(List.copyOf(ids), until));
            return byIdPage(query, spec, context, calls, teams, token);
        }
        return byIdPage(query, spec, context, calls, teams, cursor.substring(2));
    }

    private DealPage byIdPage(OpportunityQuery query, ReadSpec spec, OpportunityMapper.Context context, ApiCalls calls,
                              Function<Collection<String>, Map<String, String>> teams, String token) {
        Pending p = pending.remove(token);
        if (p == null) {
            return new DealPage(List.of(), List.of(), List.of(), null, null, null); // a restarted service: the next run reads them
        }
        List<String> now = p.ids().subList(0, Math.min(PAGE, p.ids().size()));
        List<String> rest = p.ids().subList(now.size(), p.ids().size());
        String next = null;
        if (!rest.isEmpty()) {
            pending.put(token, new Pending(List.copyOf(rest), p.until()));
            next = "i|" + token;
        }
        DealPage page = byId(query, spec, now, context, calls, teams);
        return new DealPage(page.deals(), page.departures(), page.skipped(), next, page.highWaterMark(), p.until());
    }

    /** Opportunities by id, open or closed; ids that are no Salesforce id, or that the org does not know, are absent. */
    DealPage byId(OpportunityQuery query, ReadSpec spec, Collection<String> ids, OpportunityMapper.Context context, ApiCalls calls,
                  Function<Collection<String>, Map<String, String>> teams) {
        List<JsonNode> records = new ArrayList<>();
        List<String> valid = ids.stream().filter(Soql::isId).distinct().toList();
        for (String soql : query.byId(valid)) {
            http.queryAll(soql, "read opportunities by id", calls, records::add);
        }
        return assemble(records, spec, context, calls, teams, null, null);
    }

    private DealPage assemble(JsonNode batch, ReadSpec spec, OpportunityMapper.Context context, ApiCalls calls,
                              Function<Collection<String>, Map<String, String>> teams, String next, Instant crmTime) {
        List<JsonNode> records = new ArrayList<>();
        batch.path("records").forEach(records::add);
        DealPage page = assemble(records, spec, context, calls, teams, next, crmTime);
        return page;
    }

    private DealPage assemble(List<JsonNode> records, ReadSpec spec, OpportunityMapper.Context context, ApiCalls calls,
                              Function<Collection<String>, Map<String, String>> teams, String next, Instant crmTime) {
        List<Departure> departures = new ArrayList<>();
        List<JsonNode> open = new ArrayList<>();
        Instant highWaterMark = null;
        for (JsonNode record : records) {
            Instant modified = OpportunityMapper.instant(OpportunityMapper.text(record, "SystemModstamp"));
            highWaterMark = modified != null && (highWaterMark == null || modified.isAfter(highWaterMark)) ? modified : highWaterMark;
            if (OpportunityMapper.closed(record)) {
                departures.add(new Departure(record.path("Id").asText(), OpportunityMapper.text(record, "Name"),
                        Departure.Reason.CLOSED, null, OpportunityMapper.won(record)));
            } else {
                open.add(completeSubqueries(record, calls));
            }
        }
        Set<String> owners = new LinkedHashSet<>();
        open.forEach(r -> {
            String owner = OpportunityMapper.text(r, "OwnerId");
            if (owner != null) {
                owners.add(owner);
            }
        });
        OpportunityMapper.Context withTeams = new OpportunityMapper.Context(teams.apply(owners), context.orgCurrency(),
                context.zone(), context.taskDueTime(), context.fields(), context.keyField(), context.now(), context.userId());
        Map<String, Integer> moved = pushes(open, calls);
        List<DealSnapshot> deals = new ArrayList<>();
        List<SkippedDeal> skipped = new ArrayList<>();
        for (JsonNode record : open) {
            String id = record.path("Id").asText();
            try {
                deals.add(OpportunityMapper.snapshot(record, withTeams, spec, moved.getOrDefault(id, 0)));
            } catch (RuntimeException e) {
                skipped.add(new SkippedDeal(id, "cannot be read as a deal: " + e.getMessage()));
            }
        }
        return new DealPage(deals, departures, skipped, next, highWaterMark, crmTime);
    }

    /**
     * A subquery's records beyond its first batch come with their own {@code nextRecordsUrl}: followed,
     * so an Opportunity with very many Tasks is read whole (rare; each costs a call).
     */
    private JsonNode completeSubqueries(JsonNode record, ApiCalls calls) {
        for (String relationship : List.of("OpportunityContactRoles", "Tasks", "Events")) {
            JsonNode result = record.path(relationship);
            String next = result.path("nextRecordsUrl").asText(null);
            if (result.isObject() && !result.path("done").asBoolean(true) && next != null) {
                com.fasterxml.jackson.databind.node.ArrayNode all = ((com.fasterxml.jackson.databind.node.ObjectNode) result)
                        .withArray("records");
                while (next != null) {
                    JsonNode more = http.more(next, "read the rest of an opportunity's " + relationship, calls);
                    more.path("records").forEach(all::add);
                    next = more.path("done").asBoolean(true) ? null : more.path("nextRecordsUrl").asText(null);
                }
            }
        }
        return record;
    }

    /** Close-date pushes of the page's Opportunities, from OpportunityHistory where the close date moved since last read. */
    private Map<String, Integer> pushes(List<JsonNode> open, ApiCalls calls) {
        Map<String, Integer> counts = new HashMap<>();
        if (pushes == null) {
            return counts;
        }
        Map<String, String> unknown = new HashMap<>();
        for (JsonNode record : open) {
            String id = record.path("Id").asText();
            String closeDate = OpportunityMapper.text(record, "CloseDate");
            Integer known = pushes.known(id, closeDate);
            if (known != null) {
                counts.put(id, known);
            } else {
                unknown.put(id, closeDate);
            }
        }
        Map<String, List<LocalDate>> history = new HashMap<>();
        for (String soql : OpportunityQuery.history(unknown.keySet())) {
            http.queryAll(soql, "read close-date history", calls, r -> history.computeIfAbsent(r.path("OpportunityId").asText(),
                    k -> new ArrayList<>()).add(OpportunityMapper.date(OpportunityMapper.text(r, "CloseDate"))));
        }
        unknown.forEach((id, closeDate) -> {
            int count = CloseDatePushes.count(history.getOrDefault(id, List.of()));
            counts.put(id, count);
            pushes.remember(id, closeDate, count);
        });
        return counts;
    }

    private static String nextUrl(JsonNode batch) {
        return batch.path("done").asBoolean(true) ? null : batch.path("nextRecordsUrl").asText(null);
    }
}
