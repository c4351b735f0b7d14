package dev.dealfocus.core.sync;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Section 12, step 12: a run whose plan would change the status of more than the configured share
 * of the assessed deals does not apply itself; it is held as a dry run until an operator confirms.
 */
public final class SafetyCap {
    /** The cap's verdict over a whole plan. */
    public record Verdict(int assessed, int statusChanges, BigDecimal cap, boolean held, String explanation) {
    }

    private SafetyCap() {
    }

    public static Verdict check(Collection<DealPlan> plans, int assessed, BigDecimal cap) {
        int changes = (int) plans.stream().filter(DealPlan::changesStatus).count();
        // changes / assessed > cap, compared without rounding: 10 of 50 at 20 % passes, 11 of 50 is held
        boolean held = assessed > 0 && BigDecimal.valueOf(changes).compareTo(cap.multiply(BigDecimal.valueOf(assessed))) > 0;
        String share = assessed == 0 ? "0" : BigDecimal.valueOf(changes * 100L)
                .divide(BigDecimal.valueOf(assessed), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String capText = cap.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
        String explanation = held
                ? "The plan would change the status of " + changes + " of " + assessed + " assessed deals (" + share
                + " %), more than the safety cap of " + capText + " %: it is held as a dry run until an operator confirms it."
                : changes + " of " + assessed + " assessed deals change status (" + share + " %), within the safety cap of "
                + capText + " %.";
        return new Verdict(assessed, changes, cap, held, explanation);
    }
}
