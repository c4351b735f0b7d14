package dev.dealfocus.core.customer;

import java.util.List;

/**
 * A customer's decision: the light to show (null while no light is known), the signs, whether a person's light
 * is kept, the memory to store, and the writes owed.
 *
 * @param episodeStart the episode the writes belong to, or null (kept here when the memory already closed it)
 * @param remediation  the remediation the writes belong to, or null (likewise)
 */
public record CustomerDecision(String customerId, Light light, Health health, boolean heldByHand, CustomerMemory memory,
                               List<CustomerAction> actions, java.time.LocalDate episodeStart, Remediation remediation) {
    public CustomerDecision {
        actions = List.copyOf(actions);
    }
}
