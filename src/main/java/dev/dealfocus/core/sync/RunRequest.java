package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.Trigger;
import java.util.Objects;
import java.util.Set;

/**
 * A request to run.
 *
 * @param dryRun  plan only, write nothing
 * @param confirm apply even when the plan exceeds the safety cap (an operator confirmed it)
 * @param dealIds only these deals, read by id (CRM change events), or {@code null} for the pipeline
 */
public record RunRequest(Trigger trigger, boolean dryRun, boolean confirm, Set<String> dealIds) {
    public RunRequest {
        Objects.requireNonNull(trigger, "trigger");
        if (dryRun && confirm) {
            throw new IllegalArgumentException("dryRun and confirm exclude each other: a confirmed run applies its plan");
        }
        dealIds = dealIds == null ? null : Set.copyOf(dealIds);
    }

    public RunRequest(Trigger trigger, boolean dryRun, boolean confirm) {
        this(trigger, dryRun, confirm, null);
    }

    /** An assessment of existing customers alone, on their own schedule: no deal is read. */
    public static RunRequest forCustomers() {
        return new RunRequest(Trigger.CUSTOMERS, false, false, Set.of());
    }

    /** A run of the deals CRM change events concern. */
    public static RunRequest forDeals(Set<String> dealIds) {
        return new RunRequest(Trigger.WEBHOOK, false, false, dealIds);
    }
}
