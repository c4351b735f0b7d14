package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealBuffer;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WriteIntents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Steps 4 and 5 of a run, page by page: every plan is journaled; in a run that applies, its writes are
 * stored as intents first, then the deals' memory, then the writes are queued for batches; last, the
 * tasks on no deal the run owes ({@link OwnerTaskSource}: weekly reviews, time-eater lists). A held or dry run journals its plan and changes
 * nothing else.
 */
final class WritePass {
    /** What the run wrote. */
    record Outcome(int writes, int applied, int failed, int failing, int unassigned, String stoppedBy, boolean failedRun) {
        static Outcome planned(int writes, int failing, int unassigned) {
            return new Outcome(writes, 0, 0, failing, unassigned, null, false);
        }
    }

    private final WriteBuilder builder;
    private final OwedWrites owed;
    private final WriteIntents intents;
    private final DecisionStore store;
    private final RunJournal journal;
    private final Policy policy;
    private final List<OwnerTaskSource> ownerTasks;

    WritePass(WriteBuilder builder, OwedWrites owed, WriteIntents intents, DecisionStore store, RunJournal journal,
              Policy policy, List<OwnerTaskSource> ownerTasks) {
        this.ownerTasks = List.copyOf(ownerTasks);
        this.builder = builder;
        this.owed = owed;
        this.intents = intents;
        this.store = store;
        this.journal = journal;
        this.policy = policy;
    }

    /** @param applier the run's applier, or {@code null} for a run that only journals its plan */
    Outcome run(RunContext run, DealPass pass, DealBuffer buffer, DealAssessor assessor, TeamMedians medians,
                boolean fullScan, WriteApplier applier) {
        int[] counts = new int[2]; // writes, unassigned tasks
        Set<String> failing = new HashSet<>();
        pass.forEachPage(buffer, assessor, medians, page -> {
            if (applier != null && applier.stopped()) {
                return; // the rest is read and planned afresh by the next run
            }
            Map<String, Assessment> assessments = new LinkedHashMap<>();
            Map<String, List<CrmWrite>> planned = new LinkedHashMap<>();
            for (DealPass.Planned p : page) {
                assessments.put(p.assessment().dealId(), p.assessment());
                planned.put(p.assessment().dealId(), builder.writes(p.read().deal(), p.plan(), run.start()));
            }
            OwedWrites.Settled settled = owed.settle(assessments, planned, fullScan, run.request().confirm());
            List<JournalEntry> entries = new ArrayList<>();
            List<Intent> pageIntents = new ArrayList<>();
            List<DecisionStore.Latest> latest = new ArrayList<>();
            for (DealPass.Planned p : page) {
                Assessment a = p.assessment();
                OwedWrites.DealWrites writes = settled.byDeal().get(a.dealId());
                counts[0] += writes.writes().size();
                counts[1] += p.plan().unassigned().size();
                if (writes.failing()) {
                    failing.add(a.dealId());
                }
                entries.add(entry(run, p, writes));
                writes.writes().forEach(w -> pageIntents.add(Intent.planned(w, a.decisionKey(), a.status(),
                        WriteApplier.statusOf(w), a.statusBefore(), p.read().deal().stage(), run.id())));
                latest.add(remembered(p, writes.writes()));
            }
            journal.record(entries);
            if (applier != null) {
                intents.abandon(settled.abandoned());
                Set<String> held = intents.plan(pageIntents);
                store.saveLatest(latest, run.start());
                applier.queue(pageIntents.stream().filter(i -> held.contains(i.key())).toList());
            }
        });
        if (applier == null) {
            return Outcome.planned(counts[0], failing.size(), counts[1]);
        }
        for (OwnerTaskSource source : ownerTasks) {
            if (applier.stopped()) {
                break;
            }
            // after every page: the review shows this run's decisions
            List<Intent> owedTasks = source.owed(run.today(), run.request().trigger(), run.request().dealIds() != null, run.request().confirm(), run.id(), run.calls());
            Set<String> held = intents.plan(owedTasks);
            applier.queue(owedTasks.stream().filter(i -> held.contains(i.key())).toList());
            counts[0] += held.size();
        }
        WriteApplier.Outcome done = applier.finish();
        failing.addAll(done.refusedDeals());
        return new Outcome(counts[0], done.applied(), done.failed(), failing.size(), counts[1], done.stoppedBy(),
                done.failedRun());
    }

    private JournalEntry entry(RunContext run, DealPass.Planned p, OwedWrites.DealWrites writes) {
        Assessment a = p.assessment();
        List<String> detail = new ArrayList<>();
        if (!p.plan().unassigned().isEmpty()) {
            detail.add(p.plan().unassigned().size() + " task(s) not created: the deal has no owner and"
                    + " dealfocus.fallback-owner is not set");
        }
        writes.refused().forEach(why -> detail.add("the CRM refuses a write: " + why));
        return new JournalEntry(run.id(), a.dealId(), p.read().deal().name(), a.statusBefore(), a.status(), a.score(),
                a.reasons(), a.inputHash(), policy.ruleSetVersion(), writes.writes(), List.of(), null,
                detail.isEmpty() ? null : String.join("; ", detail), p.read().deal().pipeline(), p.read().deal().stage(), null);
    }

    /** The memory as the CRM will show it once the writes go through; a failed write corrects it later. */
    private DecisionStore.Latest remembered(DealPass.Planned p, List<CrmWrite> writes) {
        Assessment a = p.assessment();
        CrmWrite.FieldUpdate fields = writes.stream().filter(w -> w instanceof CrmWrite.FieldUpdate)
                .map(w -> (CrmWrite.FieldUpdate) w).findFirst().orElse(null);
        DealField decided = policy.recommendOnly() ? DealField.RECOMMENDED_STATUS : DealField.STATUS;
        boolean statusSent = fields != null && fields.fields().containsKey(decided);
        Status shown = policy.recommendOnly() ? null : statusSent ? a.status() : a.statusBefore();
        String stage = fields != null && fields.stage() != null ? fields.stage() : p.read().deal().stage();
        boolean written = statusSent || a.status() == a.statusBefore();
        return new DecisionStore.Latest(a, a.remembered(shown, stage, written), p.read().deal().name(),
                p.read().deal().ownerId());
    }
}
