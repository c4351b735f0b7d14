package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.port.DecisionStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Team medians over every deal's latest assessment (section 12, step 6): the stored samples, replaced
 * by a fresh one for each deal read now, without the deals now left alone.
 */
final class Medians {
    private Medians() {
    }

    static TeamMedians of(DecisionStore store, DealAssessor assessor, Collection<DealSnapshot> deals,
                          Map<String, PreviousDecision> previous, Collection<String> leftAlone, int minTeamDeals) {
        Map<String, ValueSample> samples = new HashMap<>();
        store.valueSamples().forEach(s -> samples.put(s.dealId(), s));
        leftAlone.forEach(samples::remove);
        for (DealSnapshot deal : deals) {
            samples.remove(deal.id());
            assessor.assess(deal, previous.get(deal.id()), TeamMedians.none()).valueSample()
                    .ifPresent(s -> samples.put(deal.id(), s));
        }
        return TeamMedians.of(samples.values(), minTeamDeals);
    }
}
