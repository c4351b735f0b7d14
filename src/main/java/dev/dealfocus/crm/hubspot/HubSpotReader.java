package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.SkippedDeal;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads one page of deals and everything their assessment needs, in batches: one search, then for
 * the page's open deals one associations read for contacts, contact batch reads, engagement reads
 * only for the deals whose roll-ups may be DealFocus's own ({@link RollUps}), and the close-date
 * history where switched on. Closed deals are departures; the ids a surviving deal absorbed
 * ({@code hs_merged_object_ids}) are departures merged into it.
 */
final class HubSpotReader {
    /** Search pages of 200 per page of the port: 1,000 deals, the associations API's batch. */
    static final int SEARCHES_PER_PAGE = HubSpotAssociations.BATCH / DealWindows.PAGE;

    private final HubSpotHttp http;
    private final String version;
    private final HubSpotAssociations associations;
    private final HubSpotContacts contacts;
    private final HubSpotEngagements engagements;
    private final CloseDateHistory history;

    /** @param history the close-date history reader, or {@code null} when switched off */
    HubSpotReader(HubSpotHttp http, String version, CloseDateHistory history) {
        this.http = http;
        this.version = version;
        this.associations = new HubSpotAssociations(http, version);
        this.contacts = new HubSpotContacts(http, version);
        this.engagements = new HubSpotEngagements(http, associations, version);
        this.history = history;
    }

    /** A page of the window at {@code cursor}, or the first page of a read from {@code modifiedSince}. */
    DealPage page(ReadSpec spec, Instant modifiedSince, String cursor, DealMapper.Context context, ApiCalls calls) {
        return page(spec, modifiedSince, cursor, context, calls, deal -> false);
    }

    /**
     * As above, passing over the deals {@code unchanged} says nobody but DealFocus changed since it last
     * read them: they cost no further calls and are not on the page (the window moves past them).
     */
    DealPage page(ReadSpec spec, Instant modifiedSince, String cursor, DealMapper.Context context, ApiCalls calls,
                  Predicate<JsonNode> unchanged) {
        String window = cursor != null ? cursor : DealWindows.start(modifiedSince);
        List<String> properties = DealMapper.properties(spec, context);
        List<JsonNode> results = new ArrayList<>();
        Instant highWaterMark = null;
        // several search pages make one page of the port, so associations, contacts and history are read
        // for up to 1,000 deals at a time: the associations API takes 1,000 ids a call
        for (int search = 0; search < SEARCHES_PER_PAGE && window != null; search++) {
            String at = window;
            JsonNode answer = http.send(Lane.SEARCH, "search deals", calls,
                    api -> api.search(version, "deals", DealWindows.request(at, properties)));
            answer.path("results").forEach(deal -> {
                if (!unchanged.test(deal)) {
                    results.add(deal);
                }
            });
            Instant mark = DealWindows.highWaterMark(answer);
            highWaterMark = highWaterMark == null || mark != null && mark.isAfter(highWaterMark) ? mark : highWaterMark;
            window = DealWindows.next(at, answer);
        }
        return assemble(results, spec, context, calls, window, highWaterMark);
    }

    /** Deals by id; ids HubSpot does not know are absent. */
    DealPage byId(ReadSpec spec, Collection<String> ids, DealMapper.Context context, ApiCalls calls) {
        List<JsonNode> results = new ArrayList<>();
        http.readBatches(version, "deals", DealMapper.properties(spec, context), List.copyOf(ids), "read deals", calls, results::add);
        return assemble(results, spec, context, calls, null, null);
    }

    private DealPage assemble(List<JsonNode> results, ReadSpec spec, DealMapper.Context context, ApiCalls calls,
                              String next, Instant highWaterMark) {
        List<Departure> departures = new ArrayList<>();
        List<JsonNode> open = new ArrayList<>();
        java.util.Set<String> absorbing = new java.util.HashSet<>();
        for (JsonNode deal : results) {
            String id = deal.path("id").asText();
            if (DealMapper.closed(deal)) {
                departures.add(new Departure(id, DealMapper.text(deal, "dealname"), Departure.Reason.CLOSED, null,
                        DealMapper.won(deal)));
                continue;
            }
            open.add(deal);
            String merged = DealMapper.text(deal, "hs_merged_object_ids");
            if (merged != null) {
                for (String gone : merged.split(";")) {
                    if (!gone.isBlank()) {
                        departures.add(new Departure(gone.trim(), null, Departure.Reason.MERGED, id));
                        absorbing.add(id);
                    }
                }
            }
        }
        List<String> ids = open.stream().map(d -> d.path("id").asText()).toList();
        Map<String, List<String>> contactIds = associations.read("deals", "contacts", ids, calls);
        Map<String, Contact> contactsById = contacts.read(contactIds.values().stream().flatMap(List::stream).distinct().toList(), calls);
        Map<String, RollUps.Reading> rollUps = new HashMap<>();
        for (JsonNode deal : open) {
            Map<String, String> rolled = new HashMap<>();
            for (String p : List.of(RollUps.LAST_ACTIVITY, RollUps.NEXT_ACTIVITY)) {
                String value = DealMapper.text(deal, p);
                if (value != null) {
                    rolled.put(p, value);
                }
            }
            rollUps.put(deal.path("id").asText(), RollUps.read(deal.path("id").asText(), rolled,
                    DealMapper.shown(deal, context), context.zone()));
        }
        // a deal that absorbed others holds their DealFocus tasks now, which its own footprint does not describe
        List<String> unsure = ids.stream().filter(id -> rollUps.get(id).needsEngagements() || absorbing.contains(id)).toList();
        Map<String, List<Activity>> read = engagements.read(unsure, calls);
        Map<String, String> closeDates = new HashMap<>();
        open.forEach(deal -> closeDates.put(deal.path("id").asText(), DealMapper.text(deal, CloseDateHistory.CLOSE_DATE)));
        Map<String, Integer> pushes = history == null ? Map.of() : history.pushes(closeDates, calls);
        List<DealSnapshot> deals = new ArrayList<>();
        List<SkippedDeal> skipped = new ArrayList<>();
        for (JsonNode deal : open) {
            String id = deal.path("id").asText();
            List<Activity> activities = read.containsKey(id) ? read.get(id) : rollUps.get(id).activities();
            List<Contact> dealContacts = contactIds.getOrDefault(id, List.of()).stream().map(contactsById::get)
                    .filter(Objects::nonNull).toList();
            try {
                deals.add(DealMapper.snapshot(deal, context, spec, dealContacts, activities, pushes.getOrDefault(id, 0)));
            } catch (RuntimeException e) {
                skipped.add(new SkippedDeal(id, "cannot be read as a deal: " + e.getMessage()));
            }
        }
        return new DealPage(deals, departures, skipped, next, highWaterMark, null);
    }
}
