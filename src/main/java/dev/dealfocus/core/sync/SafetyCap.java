package dev.dealfocus.core.sync;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * Section 12, step 12: a plan that would change the status of more than the configured share of the
 * deals DealFocus manages, counted with the status changes of the last 24 hours, does not apply itself;
 * it is held as a dry run until an operator confirms. Changes a confirmed run applied start the day afresh.
 */
public final class SafetyCap {
    /**
     * The cap's verdict.
     *
     * @param managed  the deals DealFocus manages (the latest known open deals in scope)
     * @param changes  deals whose status this plan changes
     * @param total    deals whose status changes within the rolling day, this plan's included
     */
    public record Verdict(int managed, int changes, int total, BigDecimal cap, boolean held, String explanation) {
        /** "47 of 48 managed deals change status (97.9 %)". */
        public String share() {
            return changes + " of " + managed + " managed deals change status ("
                    + percent(BigDecimal.valueOf(changes * 100L).divide(BigDecimal.valueOf(Math.max(managed, 1)), 1,
                    RoundingMode.HALF_UP)) + " %)";
        }
    }

    private SafetyCap() {
    }

    /**
     * @param planned     deals whose status this plan changes
     * @param changedInDay deals whose status unconfirmed runs changed in the last 24 hours
     */
    public static Verdict check(Set<String> planned, Set<String> changedInDay, int managed, BigDecimal cap) {
        Set<String> all = new HashSet<>(changedInDay);
        all.addAll(planned);
        int total = all.size();
        int base = Math.max(managed, 1);
        // total / managed > cap, compared without rounding: 10 of 50 at 20 % passes, 11 of 50 is held
        boolean held = !planned.isEmpty() && BigDecimal.valueOf(total).compareTo(cap.multiply(BigDecimal.valueOf(base))) > 0;
        String capText = percent(cap.multiply(BigDecimal.valueOf(100)));
        String share = percent(BigDecimal.valueOf(total * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP));
        int earlier = total - planned.size();
        String explanation;
        if (held && earlier == 0) {
            explanation = "The plan would change the status of " + total + " of " + managed + " managed deals (" + share
                    + " %), more than the safety cap of " + capText + " %: it is held as a dry run until an operator confirms it.";
        } else if (held) {
            explanation = "The plan would change the status of " + planned.size() + " deals; with the " + earlier
                    + " changed in the last 24 hours that makes " + total + " of " + managed + " managed deals (" + share
                    + " %), more than the safety cap of " + capText + " %: it is held as a dry run until an operator confirms it.";
        } else {
            explanation = planned.size() + " of " + managed + " managed deals change status; " + total
                    + " in the last 24 hours (" + share + " %), within the safety cap of " + capText + " %.";
        }
        return new Verdict(managed, planned.size(), total, cap, held, explanation);
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
