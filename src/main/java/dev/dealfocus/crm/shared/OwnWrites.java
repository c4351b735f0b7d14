package dev.dealfocus.crm.shared;

import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when DealFocus last wrote to each deal, so the next incremental read can pass over deals
 * whose only change since is DealFocus's own: its field batch, and what the CRM recomputes after its
 * notes and tasks (docs/BEHAVIOR-hubspot.md and BEHAVIOR-salesforce.md, "Deals DealFocus just wrote").
 * A deal counts as changed only by DealFocus when the CRM's last-modified time falls between the first write of
 * the deal's latest burst (less {@link #SKEW}) and its last write plus {@link #SETTLE}. Kept in memory:
 * after a restart every such deal is simply read again.
 */
public final class OwnWrites {
    /** How long after DealFocus's last write the CRM may still move the deal's last-modified time. */
    public static final Duration SETTLE = Duration.ofMinutes(2);
    /** How far the CRM's clock may stand from this machine's. */
    public static final Duration SKEW = Duration.ofSeconds(30);
    /** Writes to one deal further apart than this belong to different runs. */
    public static final Duration BURST = Duration.ofMinutes(10);

    private record Burst(Instant first, Instant last) {
    }

    private final Map<String, Burst> byDeal = new ConcurrentHashMap<>();

    /** Notes the writes the CRM applied, at {@code now}. */
    public void record(List<CrmWrite> writes, List<WriteResult> results, Instant now) {
        for (int i = 0; i < writes.size(); i++) {
            if (results.get(i) != null && results.get(i).ok()) {
                byDeal.merge(writes.get(i).dealId(), new Burst(now, now), (old, fresh) ->
                        now.isAfter(old.last().plus(BURST)) ? fresh : new Burst(old.first(), now));
            }
        }
    }

    /** Whether the CRM's last change of the deal, at {@code lastModified}, may be DealFocus's own alone. */
    public boolean onlyOwn(String dealId, Instant lastModified) {
        Burst burst = byDeal.get(dealId);
        return burst != null && lastModified != null && !lastModified.isBefore(burst.first().minus(SKEW))
                && !lastModified.isAfter(burst.last().plus(SETTLE));
    }
}
