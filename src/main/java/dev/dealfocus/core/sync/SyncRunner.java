package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.LeftAlone;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * The "assess all" use case: read -> assess -> plan -> apply -> journal (architecture.md). A dry
 * run, or a plan over the safety cap without confirmation, stops after planning and changes no
 * stored state, so the next run decides from the same memory.
 */
public final class SyncRunner {
    private final CrmGateway crm;
    private final DecisionStore store;
    private final RunJournal journal;
    private final DealAssessor assessor;
    private final Planner planner;
    private final Policy policy;
    private final Clock clock;
    private final Duration fullScanEvery;
    private final DealReader reader;
    private final WriteBuilder writeBuilder;
    private final WriteApplier applier;
    private final ReentrantLock lock = new ReentrantLock();

    public SyncRunner(CrmGateway crm, DecisionStore store, RunJournal journal, Renderer renderer, Policy policy,
                      Clock clock, Duration fullScanEvery) {
        this.crm = crm;
        this.store = store;
        this.journal = journal;
        this.policy = policy;
        this.clock = clock;
        this.fullScanEvery = fullScanEvery;
        this.assessor = new DealAssessor(policy, clock);
        this.planner = new Planner(policy);
        this.reader = new DealReader(crm, store, policy.timeZone());
        this.writeBuilder = new WriteBuilder(renderer);
        this.applier = new WriteApplier(crm);
    }

    /** Runs now; throws {@link RunInProgressException} while another run is under way. */
    public RunSummary run(RunRequest request) {
        if (!lock.tryLock()) {
            throw new RunInProgressException();
        }
        try {
            return runLocked(request);
        } finally {
            lock.unlock();
        }
    }

    private RunSummary runLocked(RunRequest request) {
        Instant start = clock.instant();
        LocalDate today = LocalDate.ofInstant(start, policy.timeZone());
        long callsBefore = crm.apiCalls();
        Optional<RunSummary> lastFull = journal.lastApplied(true);
        boolean full = lastFull.isEmpty() || lastFull.get().startedAt().isBefore(start.minus(fullScanEvery));
        Instant since = full ? null : journal.lastApplied(false).map(RunSummary::startedAt).orElse(null);
        Tally tally = new Tally(UUID.randomUUID().toString(), request, full || since == null, start);
        journal.begin(tally.summary(RunOutcome.RUNNING, null, 0, clock.instant()));
        try {
            Map<String, DealSnapshot> deals = reader.read(tally.full ? null : since, today);
            tally.read = deals.size();
            List<DealPlan> plans = assessAndPlan(deals, tally);
            Map<String, List<CrmWrite>> writes = new HashMap<>();
            plans.forEach(p -> writes.put(p.dealId(), new ArrayList<>(writeBuilder.writes(deals.get(p.dealId()), p, start))));
            Retries retries = new Retries(store);
            retries.addPending(plans, writes);
            writes.replaceAll((id, list) -> withoutWritten(list));
            tally.writes = writes.values().stream().mapToInt(List::size).sum();
            SafetyCap.Verdict verdict = SafetyCap.check(plans, plans.size(), policy.safetyCap());
            tally.statusChanges = verdict.statusChanges();
            if (request.dryRun() || (verdict.held() && !request.confirm())) {
                RunOutcome outcome = request.dryRun() ? RunOutcome.DRY_RUN : RunOutcome.HELD;
                journal.record(entries(tally, deals, plans, writes, Map.of()));
                String message = request.dryRun() ? "Dry run: nothing was written. " + verdict.explanation() : verdict.explanation();
                return finish(tally, outcome, message, callsBefore);
            }
            WriteApplier.Applied applied = applier.apply(writes.values().stream().flatMap(List::stream).toList());
            tally.applied = (int) applied.results().values().stream().filter(WriteResult::ok).count();
            tally.failed = (int) applied.results().values().stream().filter(r -> !r.ok()).count();
            remember(deals, plans, writes, applied.results());
            retries.settle(plans, writes, applied.results());
            journal.record(entries(tally, deals, plans, writes, applied.results()));
            String message = applied.stoppedBy() != null ? applied.stoppedBy()
                    : request.confirm() && verdict.held() ? "An operator confirmed a plan over the safety cap: "
                    + verdict.statusChanges() + " of " + verdict.assessed() + " assessed deals change status."
                    : verdict.explanation();
            RunOutcome outcome = applied.stoppedBy() == null ? RunOutcome.APPLIED
                    : applied.failedRun() ? RunOutcome.FAILED : RunOutcome.STOPPED;
            return finish(tally, outcome, message, callsBefore);
        } catch (CrmException e) {
            return finish(tally, e.kind() == CrmException.Kind.QUOTA_EXHAUSTED ? RunOutcome.STOPPED : RunOutcome.FAILED,
                    e.getMessage(), callsBefore);
        } catch (RuntimeException e) {
            // never leave a run standing as RUNNING in the journal; the caller still sees the failure
            try {
                finish(tally, RunOutcome.FAILED, "Failed: " + e.getMessage(), callsBefore);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    private List<DealPlan> assessAndPlan(Map<String, DealSnapshot> deals, Tally tally) {
        List<DealSnapshot> inScope = new ArrayList<>();
        deals.values().forEach(d -> assessor.leftAlone(d).ifPresentOrElse(why -> tally.leftAlone.put(d.id(), why),
                () -> inScope.add(d)));
        Map<String, PreviousDecision> previous = store.previous(inScope.stream().map(DealSnapshot::id).toList());
        TeamMedians medians = Medians.of(store, assessor, inScope, previous, tally.leftAlone.keySet(),
                policy.value().minTeamDeals());
        List<DealPlan> plans = new ArrayList<>();
        for (DealSnapshot deal : inScope) {
            Assessment a = assessor.assess(deal, previous.get(deal.id()), medians);
            plans.add(planner.plan(deal, a));
            if (a.insufficientData()) {
                tally.insufficient++;
            }
            if (a.status() != null) {
                tally.byStatus.merge(a.status(), 1, Integer::sum);
            }
        }
        return plans;
    }

    /** Notes and tasks already written under the same key are never written again. */
    private List<CrmWrite> withoutWritten(List<CrmWrite> writes) {
        Set<String> keys = writes.stream().filter(w -> !(w instanceof CrmWrite.FieldUpdate)).map(CrmWrite::key)
                .collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return writes;
        }
        Set<String> written = store.writtenKeys(keys);
        return writes.stream().filter(w -> !written.contains(w.key())).toList();
    }

    private void remember(Map<String, DealSnapshot> deals, List<DealPlan> plans, Map<String, List<CrmWrite>> writes,
                          Map<String, WriteResult> results) {
        List<DecisionStore.Latest> latest = new ArrayList<>();
        List<WriteResult> written = new ArrayList<>();
        for (DealPlan plan : plans) {
            DealSnapshot deal = deals.get(plan.dealId());
            Assessment a = plan.assessment();
            Status shownStatus = a.status();
            String shownStage = deal.stage();
            boolean retry = false;
            for (CrmWrite w : writes.get(plan.dealId())) {
                WriteResult r = results.get(w.key());
                boolean ok = r != null && r.ok();
                retry |= !ok;
                if (w instanceof CrmWrite.FieldUpdate f) {
                    if (ok && f.stage() != null) {
                        shownStage = f.stage();
                    }
                    if (!ok && (f.fields().containsKey(DealField.STATUS) || f.fields().containsKey(DealField.RECOMMENDED_STATUS))) {
                        shownStatus = a.statusBefore(); // not written: the CRM still shows the old status
                    }
                } else if (ok) {
                    written.add(r);
                }
            }
            latest.add(new DecisionStore.Latest(a, a.remembered(shownStatus, shownStage), deal.name(), deal.ownerId(), retry));
        }
        store.saveLatest(latest);
        store.markWritten(written);
    }

    private List<JournalEntry> entries(Tally tally, Map<String, DealSnapshot> deals, List<DealPlan> plans,
                                       Map<String, List<CrmWrite>> writes, Map<String, WriteResult> results) {
        List<JournalEntry> entries = new ArrayList<>();
        tally.leftAlone.forEach((id, why) -> entries.add(new JournalEntry(tally.id, id, deals.get(id).name(), null, null,
                null, List.of(), null, policy.ruleSetVersion(), List.of(), List.of(), why.name())));
        for (DealPlan plan : plans) {
            Assessment a = plan.assessment();
            List<CrmWrite> planned = writes.get(plan.dealId());
            List<WriteResult> outcome = planned.stream().map(w -> results.get(w.key())).filter(r -> r != null).toList();
            entries.add(new JournalEntry(tally.id, plan.dealId(), deals.get(plan.dealId()).name(), a.statusBefore(),
                    a.status(), a.score(), a.reasons(), a.inputHash(), policy.ruleSetVersion(), planned, outcome, null));
        }
        return entries;
    }

    private RunSummary finish(Tally tally, RunOutcome outcome, String message, long callsBefore) {
        RunSummary summary = tally.summary(outcome, message, crm.apiCalls() - callsBefore, clock.instant());
        journal.finish(summary);
        return summary;
    }

    /** Counts gathered during one run. */
    private final class Tally {
        final String id;
        final RunRequest request;
        final boolean full;
        final Instant start;
        final Map<String, LeftAlone> leftAlone = new java.util.LinkedHashMap<>();
        final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        int read;
        int insufficient;
        int statusChanges;
        int writes;
        int applied;
        int failed;

        Tally(String id, RunRequest request, boolean full, Instant start) {
            this.id = id;
            this.request = request;
            this.full = full;
            this.start = start;
        }

        RunSummary summary(RunOutcome outcome, String message, long apiCalls, Instant end) {
            int assessed = read - leftAlone.size();
            return new RunSummary(id, request.trigger(), outcome, request.dryRun(), request.confirm(), full,
                    crm.capabilities().name(), start, outcome == RunOutcome.RUNNING ? null : end, read, leftAlone.size(),
                    assessed, insufficient, statusChanges, writes, applied, failed, apiCalls, byStatus,
                    policy.ruleSetVersion(), message);
        }
    }
}
