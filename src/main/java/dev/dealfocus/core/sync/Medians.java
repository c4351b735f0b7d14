package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Team medians over every managed deal's latest assessment (section 12, step 6): the stored samples,
 * without the deals that left now or could not be read, without the deals a full scan did not see, and
 * with a fresh sample for each deal read now (issue 7, item 4).
 */
final class Medians {
    private Medians() {
    }

    static TeamMedians of(Collection<ValueSample> stored, ReadResult read, boolean fullScan, int minTeamDeals) {
        Map<String, ValueSample> samples = new HashMap<>();
        stored.forEach(s -> samples.put(s.dealId(), s));
        read.leftAlone().keySet().forEach(samples::remove);
        read.skippedIds().forEach(samples::remove);
        if (fullScan) {
            samples.keySet().retainAll(read.assessedIds());
        }
        samples.putAll(read.samples());
        return TeamMedians.of(samples.values(), minTeamDeals);
    }

    /** One deal read now among the stored samples of all the others. */
    static TeamMedians withOne(Collection<ValueSample> stored, String dealId, Set<ValueSample> fresh, int minTeamDeals) {
        Map<String, ValueSample> samples = new HashMap<>();
        stored.forEach(s -> samples.put(s.dealId(), s));
        samples.remove(dealId);
        fresh.forEach(s -> samples.put(s.dealId(), s));
        return TeamMedians.of(samples.values(), minTeamDeals);
    }
}
