package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.plan.DealPlan;
import dev.dealfocus.core.plan.Planner;
import dev.dealfocus.core.port.DealBuffer;
import dev.dealfocus.core.port.DecisionStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Steps 2 and 3 of a run, page by page over the buffered deals: each deal assessed against the team
 * medians and its memory, and planned. A run passes over its deals twice: once to count the status
 * changes the safety cap judges, once to journal and apply; both see the same plans.
 */
final class DealPass {
    /** A deal's plan with what it was made from. */
    record Planned(DealBuffer.Read read, PreviousDecision previous, DealPlan plan) {
        Assessment assessment() {
            return plan.assessment();
        }
    }

    /** What the plans come to, for the run summary and the safety cap. */
    record Counted(int assessed, int insufficient, Map<Status, Integer> byStatus, Set<String> changing) {
    }

    private final DecisionStore store;
    private final Planner planner;
    private final int pageSize;

    DealPass(DecisionStore store, Planner planner, int pageSize) {
        this.store = store;
        this.planner = planner;
        this.pageSize = pageSize;
    }

    void forEachPage(DealBuffer buffer, DealAssessor assessor, TeamMedians medians, Consumer<List<Planned>> page) {
        buffer.forEachPage(pageSize, reads -> {
            List<String> ids = new ArrayList<>();
            reads.forEach(r -> {
                ids.add(r.deal().id());
                if (r.absorbed() != null) {
                    ids.add(r.absorbed());
                }
            });
            Map<String, PreviousDecision> previous = store.previous(ids);
            page.accept(reads.stream().map(r -> {
                PreviousDecision own = previous.get(r.deal().id());
                // a deal that absorbed another in a merge carries on with the absorbed deal's memory
                PreviousDecision p = own != null || r.absorbed() == null ? own : previous.get(r.absorbed());
                Assessment a = assessor.assess(r.deal(), r.readAt(), p, medians);
                return new Planned(r, p, planner.plan(r.deal(), a));
            }).toList());
        });
    }

    Counted count(DealBuffer buffer, DealAssessor assessor, TeamMedians medians) {
        int[] assessed = new int[2];
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        Set<String> changing = new HashSet<>();
        forEachPage(buffer, assessor, medians, page -> page.forEach(p -> {
            Assessment a = p.assessment();
            assessed[0]++;
            assessed[1] += a.insufficientData() && !a.qualifying() ? 1 : 0;
            if (a.status() != null) {
                byStatus.merge(a.status(), 1, Integer::sum);
            }
            if (p.plan().changesStatus()) {
                changing.add(a.dealId());
            }
        }));
        return new Counted(assessed[0], assessed[1], byStatus, changing);
    }
}
