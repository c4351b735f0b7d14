package dev.dealfocus.core.port;

import java.util.Objects;

/**
 * A deal that left the open pipeline: DealFocus leaves it alone, journals why, and drops it from the
 * team medians at once.
 *
 * @param name       the deal's name where the CRM still gives it, or {@code null}
 * @param mergedInto the surviving deal's id for a merge, else {@code null}
 */
public record Departure(String dealId, String name, Reason reason, String mergedInto) {
    /** Why the deal left. */
    public enum Reason { CLOSED, DELETED, MERGED, LEFT_SCOPE }

    public Departure {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(reason, "reason");
    }
}
