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
 * decisions and journals what changed, unless the run is dry. A run plans each page's writes (fields, notes, tasks)
 * through {@link PageWrites} before the page's decisions are stored.
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

    /**
     * What a run does with a page's decisions before they are stored: plans their writes, and answers the customers
     * whose light it writes to the CRM (their memory then knows the light as DealFocus's own).
     */
    public interface PageWrites {
        PageWrites NONE = (customers, decisions) -> java.util.Set.of();

        java.util.Set<String> plan(List<CustomerFacts> customers, List<CustomerDecision> decisions);
    }

    public Summary assess(boolean dryRun) {
        return assess(dryRun, PageWrites.NONE, new ApiCalls());
    }

    /** @param calls the run's CRM calls, to which the reads are added */
    public Summary assess(boolean dryRun, PageWrites writes, ApiCalls calls) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        long callsBefore = calls.count();
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
                java.util.Set<String> lightWritten = writes.plan(page.customers(), decided);
                store.save(page.customers(), decided.stream().map(d -> lightWritten.contains(d.customerId()) ? written(d) : d).toList(),
                        before, now);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Summary(read, byLight, unknown, changed, held, calls.count() - callsBefore);
    }

    /** The decision with its light remembered as written by DealFocus. */
    private static CustomerDecision written(CustomerDecision d) {
        CustomerMemory m = d.memory();
        return new CustomerDecision(d.customerId(), d.light(), d.health(), d.heldByHand(), new CustomerMemory(m.light(), d.light(),
                m.shown(), m.heldByHand(), m.signsAtHold(), m.episodeStart(), m.remediation()), d.actions(), d.episodeStart(),
                d.remediation());
    }
}
