package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.LeftAlone;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.StoredDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Assess one": reads one deal from the CRM and assesses it as a run would now, against the stored
 * team medians. Writes nothing; the API shows it with every point explained.
 */
public final class DealInspector {
    /**
     * A deal as DealFocus sees it now.
     *
     * @param deal        the deal, or {@code null} when it left the pipeline or could not be read
     * @param assessment  its assessment now, or {@code null} when it is left alone
     * @param leftAlone   why it is left alone, or {@code null}
     * @param detail      the CRM's words for a record that could not be read, or {@code null}
     * @param lastApplied the last assessment a run stored, or {@code null}
     */
    public record Inspection(String dealId, DealSnapshot deal, Assessment assessment, LeftAlone leftAlone, String detail,
                             StoredDecision lastApplied) {
    }

    private final CrmGateway crm;
    private final DecisionStore store;
    private final DealAssessor assessor;
    private final Policy policy;
    private final Clock clock;

    public DealInspector(CrmGateway crm, DecisionStore store, Policy policy, Clock clock) {
        this.crm = crm;
        this.store = store;
        this.assessor = new DealAssessor(policy, clock);
        this.policy = policy;
        this.clock = clock;
    }

    /** Empty when the CRM has no deal with this id. */
    public Optional<Inspection> inspect(String dealId) {
        Instant readAt = clock.instant();
        DealPage page = crm.readDealsById(new ReadSpec(policy.inputProperties()), List.of(dealId), new ApiCalls());
        StoredDecision lastApplied = store.latest(dealId).orElse(null);
        if (!page.departures().isEmpty()) {
            LeftAlone why = LeftAlone.valueOf(page.departures().get(0).reason().name() + "_IN_CRM");
            return Optional.of(new Inspection(dealId, null, null, why, null, lastApplied));
        }
        if (!page.skipped().isEmpty()) {
            return Optional.of(new Inspection(dealId, null, null, LeftAlone.MALFORMED, page.skipped().get(0).reason(),
                    lastApplied));
        }
        if (page.deals().isEmpty()) {
            return Optional.empty();
        }
        DealSnapshot deal = page.deals().get(0);
        Optional<LeftAlone> leftAlone = assessor.leftAlone(deal);
        if (leftAlone.isPresent()) {
            return Optional.of(new Inspection(dealId, deal, null, leftAlone.get(), null, lastApplied));
        }
        PreviousDecision previous = store.previous(List.of(dealId)).get(dealId);
        Set<dev.dealfocus.core.decision.ValueSample> fresh = assessor.assess(deal, readAt, previous, TeamMedians.none())
                .valueSample().map(Set::of).orElse(Set.of());
        TeamMedians medians = Medians.withOne(store.valueSamples(), dealId, fresh, policy.value().minTeamDeals());
        return Optional.of(new Inspection(dealId, deal, assessor.assess(deal, readAt, previous, medians), null, null,
                lastApplied));
    }
}
