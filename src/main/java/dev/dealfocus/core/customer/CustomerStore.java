package dev.dealfocus.core.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each customer's latest decision and memory, and the journal of its light changes, goals and outcomes. */
public interface CustomerStore {
    /** A customer as last assessed. */
    record Stored(String customerId, String name, String ownerId, CustomerDecision decision, Instant assessedAt) {
    }

    /** The memories of these customers; customers never assessed are absent. */
    Map<String, CustomerMemory> memories(Collection<String> customerIds);

    /**
     * Stores the decisions (replacing the previous ones) and journals what changed against {@code before}.
     *
     * @param confirmed whether an operator confirmed the run: its light changes do not count towards the safety cap
     */
    void save(List<CustomerFacts> customers, List<CustomerDecision> decisions, Map<String, CustomerMemory> before, Instant at,
              boolean confirmed);

    /** Customers whose light unconfirmed assessments changed since {@code since} and after the last confirmed run. */
    java.util.Set<String> lightChangesSince(Instant since);

    /** Every customer as last assessed, with this light (null: every light), by name. */
    List<Stored> list(Light light);

    Optional<Stored> find(String customerId);

    /** The customer's journal, oldest first: event, lightBefore, lightAfter, detail, at. */
    List<Map<String, Object>> journal(String customerId);
}
