package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.LeftAlone;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DealBuffer;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.SkippedDeal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1 of a run: reads deals page by page, fully or incrementally, into the run's buffer. An
 * incremental read adds, in batches, the stored deals that time alone changed. Deals left alone and
 * records that could not be read are journaled as they come; only what the medians and the safety
 * cap need is kept for the whole run.
 */
final class DealReader {
    private final CrmGateway crm;
    private final DecisionStore store;
    private final RunJournal journal;
    private final Clock clock;
    private final String ruleSetVersion;

    DealReader(CrmGateway crm, DecisionStore store, RunJournal journal, Clock clock, String ruleSetVersion) {
        this.crm = crm;
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        this.ruleSetVersion = ruleSetVersion;
    }

    ReadResult read(RunContext run, RunCadence.Window window, DealBuffer buffer, DealAssessor assessor) {
        Collector seen = new Collector(run, buffer, assessor);
        Instant crmStart = null;
        Instant highWaterMark = null;
        String cursor = null;
        do {
            Instant readAt = clock.instant();
            DealPage page = crm.readDeals(run.spec(), window.modifiedSince(), cursor, run.calls());
            crmStart = crmStart != null ? crmStart : page.crmTime() != null ? page.crmTime() : readAt;
            highWaterMark = later(highWaterMark, page.highWaterMark());
            seen.take(page, readAt);
            cursor = page.nextCursor();
        } while (cursor != null);
        if (!window.full()) {
            List<String> due = new ArrayList<>(store.dueForReassessment(window.dueSince(), run.today()));
            due.removeIf(seen::knows);
            int batch = crm.capabilities().readBatchSize();
            for (int i = 0; i < due.size(); i += batch) {
                Instant readAt = clock.instant();
                seen.take(crm.readDealsById(run.spec(), due.subList(i, Math.min(due.size(), i + batch)), run.calls()), readAt);
            }
        }
        return seen.result(nextCursor(highWaterMark, crmStart));
    }

    /** Reads the given deals by id, in batches, for a run of CRM change events; no cursor moves. */
    ReadResult readIds(RunContext run, Collection<String> ids, DealBuffer buffer, DealAssessor assessor) {
        Collector seen = new Collector(run, buffer, assessor);
        List<String> all = List.copyOf(ids);
        int batch = crm.capabilities().readBatchSize();
        for (int i = 0; i < all.size(); i += batch) {
            Instant readAt = clock.instant();
            seen.take(crm.readDealsById(run.spec(), all.subList(i, Math.min(all.size(), i + batch)), run.calls()), readAt);
        }
        return seen.result(null);
    }

    /**
     * Where the next incremental read starts, in the CRM's clock: the newest change this run saw, never past
     * the run's start. Changes older than the overlap before the start were in the CRM's search index when
     * this run read it, so a quiet CRM moves the cursor on to there and does not re-read the same deals forever.
     */
    static Instant nextCursor(Instant highWaterMark, Instant crmStart) {
        Instant settled = crmStart.minus(RunCadence.OVERLAP);
        Instant cursor = highWaterMark == null || highWaterMark.isBefore(settled) ? settled : highWaterMark;
        return cursor.isAfter(crmStart) ? crmStart : cursor;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** Takes pages in for one run: buffers deals in scope, journals the rest, keeps samples and counts. */
    private final class Collector {
        private final RunContext run;
        private final DealBuffer buffer;
        private final DealAssessor assessor;
        private final Map<String, String> leftAlone = new LinkedHashMap<>();
        private final Set<String> skipped = new HashSet<>();
        private final Set<String> inScope = new HashSet<>();
        private final Map<String, ValueSample> samples = new HashMap<>();
        private int read;
        private int newDeals;
        private int departedKnown;

        Collector(RunContext run, DealBuffer buffer, DealAssessor assessor) {
            this.run = run;
            this.buffer = buffer;
            this.assessor = assessor;
        }

        boolean knows(String dealId) {
            return inScope.contains(dealId) || leftAlone.containsKey(dealId) || skipped.contains(dealId);
        }

        void take(DealPage page, Instant readAt) {
            read += page.size();
            List<JournalEntry> entries = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            page.deals().forEach(d -> ids.add(d.id()));
            page.departures().forEach(d -> ids.add(d.dealId()));
            Map<String, PreviousDecision> previous = store.previous(ids);
            Map<String, String> absorbed = new HashMap<>();
            for (Departure d : page.departures()) {
                if (d.reason() == Departure.Reason.MERGED && d.mergedInto() != null && previous.containsKey(d.dealId())) {
                    absorbed.putIfAbsent(d.mergedInto(), d.dealId());
                }
                if (!knows(d.dealId())) {
                    leave(d.dealId(), d.name(), LeftAlone.valueOf(d.reason().name() + "_IN_CRM"),
                            d.mergedInto() != null ? "merged into " + d.mergedInto() : d.won() == null ? null : d.won() ? "won" : "lost",
                            previous, entries, d.won());
                }
            }
            for (SkippedDeal s : page.skipped()) {
                if (skipped.add(s.dealId())) {
                    entries.add(entry(s.dealId(), null, LeftAlone.MALFORMED, s.reason(), null));
                }
            }
            List<DealBuffer.Read> keep = new ArrayList<>();
            for (DealSnapshot deal : page.deals()) {
                if (knows(deal.id())) {
                    continue; // read twice in one run (it changed while the run paged): the first read stands
                }
                var why = assessor.leftAlone(deal);
                if (why.isPresent()) {
                    leave(deal.id(), deal.name(), why.get(), null, previous, entries, null);
                    continue;
                }
                inScope.add(deal.id());
                keep.add(new DealBuffer.Read(deal, readAt, absorbed.get(deal.id())));
                PreviousDecision p = previous.get(deal.id());
                newDeals += p == null ? 1 : 0;
                assessor.assess(deal, readAt, p, TeamMedians.none()).valueSample()
                        .ifPresent(s -> samples.put(deal.id(), s));
            }
            buffer.add(keep);
            journal.record(entries);
        }

        private void leave(String id, String name, LeftAlone why, String detail, Map<String, PreviousDecision> previous,
                           List<JournalEntry> entries, Boolean won) {
            leftAlone.put(id, why.name());
            departedKnown += previous.containsKey(id) ? 1 : 0;
            entries.add(entry(id, name, why, detail, won));
        }

        private JournalEntry entry(String id, String name, LeftAlone why, String detail, Boolean won) {
            return new JournalEntry(run.id(), id, name, null, null, null, List.of(), null, ruleSetVersion, List.of(),
                    List.of(), why.name(), detail, null, null, won);
        }

        ReadResult result(Instant cursor) {
            return new ReadResult(read, inScope.size(), newDeals, leftAlone, departedKnown, skipped, samples, inScope,
                    cursor);
        }
    }
}
