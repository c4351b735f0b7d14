package dev.dealfocus.core.customer;

import dev.dealfocus.core.port.ApiCalls;
import java.math.BigDecimal;
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
    /**
     * What an assessment came to: customers read, per light, without a known light, light changes (and with those of the
     * rolling day's unconfirmed assessments, the customers whose light changed), held by the cap.
     */
    public record Summary(int read, Map<Light, Integer> byLight, int unknown, int changed, int changedInDay, int heldByHand,
                          long apiCalls, boolean heldByCap) {
    }

    private static final java.time.Duration DAY = java.time.Duration.ofDays(1);

    private final CustomerSource source;
    private final CustomerStore store;
    private final CustomerDecisions decisions;
    private final Clock clock;
    private final ZoneId zone;
    private final BigDecimal safetyCap;

    /** @param safetyCap the largest share of customers whose light may change in one assessment without confirmation */
    public CustomerAssessor(CustomerSource source, CustomerStore store, CustomerDecisions decisions, Clock clock, ZoneId zone,
                            BigDecimal safetyCap) {
        this.safetyCap = safetyCap;
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

    /** Assesses and, unless dry, stores, as confirmed: no safety cap (tests and tools). */
    public Summary assess(boolean dryRun) {
        return assess(dryRun, true, PageWrites.NONE, new ApiCalls());
    }

    /**
     * Reads every customer, decides all, then, unless dry or held by the safety cap, plans each page's writes and
     * stores its decisions. The cap holds an assessment whose light changes (a first light included), with those of the
     * last 24 hours' unconfirmed assessments, exceed {@code safetyCap} of the customers read, until a run is confirmed: a wrong signal mapping must not paint
     * every customer RED with remediation notes.
     *
     * @param confirmed an operator confirmed the run (POST /api/runs?confirm=true)
     * @param calls     the run's CRM calls, to which the reads are added
     */
    public Summary assess(boolean dryRun, boolean confirmed, PageWrites writes, ApiCalls calls) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        long callsBefore = calls.count();
        Map<Light, Integer> byLight = new EnumMap<>(Light.class);
        int unknown = 0;
        java.util.Set<String> changedIds = new java.util.HashSet<>();
        int held = 0;
        List<Decided> pages = new ArrayList<>();
        String cursor = null;
        do {
            CustomerSource.Page page = source.readCustomers(cursor, calls);
            Map<String, CustomerMemory> before = new HashMap<>(store.memories(page.customers().stream().map(CustomerFacts::id).toList()));
            List<CustomerDecision> decided = new ArrayList<>();
            for (CustomerFacts c : page.customers()) {
                CustomerMemory memory = before.getOrDefault(c.id(), CustomerMemory.NONE);
                CustomerDecision d = decisions.decide(c, memory, today);
                decided.add(d);
                unknown += d.health().unknown() ? 1 : 0;
                held += d.heldByHand() ? 1 : 0;
                if (d.light() != memory.light()) {
                    changedIds.add(c.id());
                }
                if (d.light() != null) {
                    byLight.merge(d.light(), 1, Integer::sum);
                }
            }
            pages.add(new Decided(page.customers(), decided, before));
            cursor = page.nextCursor();
        } while (cursor != null);
        int read = pages.stream().mapToInt(p -> p.customers().size()).sum();
        // a rolling day, as for deals: several small unconfirmed assessments must not add up to a wrong mapping's damage
        java.util.Set<String> inDay = new java.util.HashSet<>(confirmed ? java.util.Set.of() : store.lightChangesSince(now.minus(DAY)));
        inDay.addAll(changedIds);
        boolean overCap = read > 0 && BigDecimal.valueOf(inDay.size()).compareTo(safetyCap.multiply(BigDecimal.valueOf(read))) > 0;
        boolean applies = !dryRun && (!overCap || confirmed);
        if (applies) {
            for (Decided p : pages) {
                java.util.Set<String> lightWritten = writes.plan(p.customers(), p.decisions());
                store.save(p.customers(), p.decisions().stream().map(d -> lightWritten.contains(d.customerId()) ? written(d) : d).toList(),
                        p.before(), now, confirmed);
            }
        }
        return new Summary(read, byLight, unknown, changedIds.size(), inDay.size(), held, calls.count() - callsBefore,
                !dryRun && !applies);
    }

    private record Decided(List<CustomerFacts> customers, List<CustomerDecision> decisions, Map<String, CustomerMemory> before) {
    }

    /** The decision with its light remembered as written by DealFocus. */
    private static CustomerDecision written(CustomerDecision d) {
        CustomerMemory m = d.memory();
        return new CustomerDecision(d.customerId(), d.light(), d.health(), d.heldByHand(), new CustomerMemory(m.light(), d.light(),
                m.shown(), m.heldByHand(), m.signsAtHold(), m.episodeStart(), m.remediation()), d.actions(), d.episodeStart(),
                d.remediation());
    }
}
