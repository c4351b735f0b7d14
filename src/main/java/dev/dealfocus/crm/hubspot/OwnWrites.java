package dev.dealfocus.crm.hubspot;

import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when DealFocus last wrote to each deal, so the next incremental read can pass over deals
 * whose only change since is DealFocus's own: its field batch, and the roll-ups HubSpot recomputes
 * after its notes and tasks (docs/BEHAVIOR-hubspot.md, "Deals DealFocus just wrote"). A deal counts
 * as changed only by DealFocus when HubSpot's last-modified time falls between the first write of
 * the deal's latest burst (less {@link #SKEW}) and its last write plus {@link #SETTLE}. Kept in memory:
 * after a restart every such deal is simply read again.
 */
final class OwnWrites {
    /** How long after DealFocus's last write HubSpot may still move the deal's last-modified time. */
    static final Duration SETTLE = Duration.ofMinutes(2);
    /** How far HubSpot's clock may stand from this machine's. */
    static final Duration SKEW = Duration.ofSeconds(30);
    /** Writes to one deal further apart than this belong to different runs. */
    static final Duration BURST = Duration.ofMinutes(10);

    private record Burst(Instant first, Instant last) {
    }

    private final Map<String, Burst> byDeal = new ConcurrentHashMap<>();

    /** Notes the writes HubSpot applied, at {@code now}. */
    void record(List<CrmWrite> writes, List<WriteResult> results, Instant now) {
        for (int i = 0; i < writes.size(); i++) {
            if (results.get(i) != null && results.get(i).ok()) {
                byDeal.merge(writes.get(i).dealId(), new Burst(now, now), (old, fresh) ->
                        now.isAfter(old.last().plus(BURST)) ? fresh : new Burst(old.first(), now));
            }
        }
    }

    /** Whether HubSpot's last change of the deal, at {@code lastModified}, may be DealFocus's own alone. */
    boolean onlyOwn(String dealId, Instant lastModified) {
        Burst burst = byDeal.get(dealId);
        return burst != null && lastModified != null && !lastModified.isBefore(burst.first().minus(SKEW))
                && !lastModified.isAfter(burst.last().plus(SETTLE));
    }
}
