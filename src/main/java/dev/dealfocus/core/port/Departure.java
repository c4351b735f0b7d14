package dev.dealfocus.core.port;

import java.util.Objects;

/**
 * A deal that left the open pipeline: DealFocus leaves it alone, journals why, and drops it from the
 * team medians at once.
 *
 * @param name       the deal's name where the CRM still gives it, or {@code null}
 * @param mergedInto the surviving deal's id for a merge, else {@code null}
 * @param won        for a closed deal, whether it was won (HubSpot {@code hs_is_closed_won}, Salesforce {@code IsWon});
 *                   {@code null} when the CRM did not say or the deal did not close
 */
public record Departure(String dealId, String name, Reason reason, String mergedInto, Boolean won) {
    /** Why the deal left. */
    public enum Reason { CLOSED, DELETED, MERGED, LEFT_SCOPE }

    public Departure(String dealId, String name, Reason reason, String mergedInto) {
        this(dealId, name, reason, mergedInto, null);
    }

    public Departure {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(reason, "reason");
    }
}
