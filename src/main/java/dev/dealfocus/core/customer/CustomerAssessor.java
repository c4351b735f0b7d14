package dev.dealfocus.core.customer;

import dev.dealfocus.core.port.ApiCalls;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses every existing customer, page by page: the signs, the light, the episode and its writes; stores the
 * decisions and journals what changed, unless the run is dry. Writing the decisions to the CRM (fields, notes,
 * tasks) follows the deals' write path in a later step of issue 14.
 */
public final class CustomerAssessor {
    /** What an assessment came to: customers read, per light, without a known light, and light changes. */
    public record Summary(int read, Map<Light, Integer> byLight, int unknown, int changed, int heldByHand, long apiCalls) {
    }

    private final CustomerSource source;
    private final CustomerStore store;
    private final CustomerDecisions decisions;
    private final Clock clock;
    private final ZoneId zone;

    public CustomerAssessor(CustomerSource source, CustomerStore store, CustomerDecisions decisions, Clock clock, ZoneId zone) {
        this.source = source;
        this.store = store;
        this.decisions = decisions;
        this.clock = clock;
        this.zone = zone;
    }

    public Summary assess(boolean dryRun) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ApiCalls calls = new ApiCalls();
        Map<Light, Integer> byLight = new EnumMap<>(Light.class);
        int read = 0;
        int unknown = 0;
        int changed = 0;
        int held = 0;
        String cursor = null;
        do {
            CustomerSource.Page page = source.readCustomers(cursor, calls);
            Map<String, CustomerMemory> before = new HashMap<>(store.memories(page.customers().stream().map(CustomerFacts::id).toList()));
            List<CustomerDecision> decided = new ArrayList<>();
            for (CustomerFacts c : page.customers()) {
                CustomerMemory memory = before.getOrDefault(c.id(), CustomerMemory.NONE);
                CustomerDecision d = decisions.decide(c, memory, today);
                decided.add(d);
                read++;
                unknown += d.health().unknown() ? 1 : 0;
                held += d.heldByHand() ? 1 : 0;
                changed += d.light() != memory.light() ? 1 : 0;
                if (d.light() != null) {
                    byLight.merge(d.light(), 1, Integer::sum);
                }
            }
            if (!dryRun) {
                store.save(page.customers(), decided, before, now);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Summary(read, byLight, unknown, changed, held, calls.count());
    }
}
