package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.LeftAlone;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DecisionStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Assess one": reads one deal from the CRM (one call) and assesses it as a run would now, against
 * the stored team medians. Writes nothing; the API shows it with every point explained.
 */
public final class DealInspector {
    /** A deal as DealFocus sees it now: its assessment, or why it is left alone. */
    public record Inspection(DealSnapshot deal, Assessment assessment, LeftAlone leftAlone, Assessment lastApplied) {
    }

    private final CrmGateway crm;
    private final DecisionStore store;
    private final DealAssessor assessor;
    private final int minTeamDeals;

    public DealInspector(CrmGateway crm, DecisionStore store, DealAssessor assessor, int minTeamDeals) {
        this.crm = crm;
        this.store = store;
        this.assessor = assessor;
        this.minTeamDeals = minTeamDeals;
    }

    /** Empty when the CRM has no deal with this id. */
    public Optional<Inspection> inspect(String dealId) {
        List<DealSnapshot> found = crm.readDealsById(List.of(dealId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DealSnapshot deal = found.get(0);
        Assessment lastApplied = store.latest(dealId).orElse(null);
        Optional<LeftAlone> leftAlone = assessor.leftAlone(deal);
        if (leftAlone.isPresent()) {
            return Optional.of(new Inspection(deal, null, leftAlone.get(), lastApplied));
        }
        Map<String, PreviousDecision> previous = store.previous(List.of(dealId));
        TeamMedians medians = Medians.of(store, assessor, List.of(deal), previous, List.of(), minTeamDeals);
        Assessment now = assessor.assess(deal, previous.get(dealId), medians);
        return Optional.of(new Inspection(deal, now, null, lastApplied));
    }
}
