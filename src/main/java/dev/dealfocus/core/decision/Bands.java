package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;

/** Score thresholds: score >= activeMin ACTIVE, >= nurtureMin NURTURE, below PARKED. */
public record Bands(int activeMin, int nurtureMin) {
    public static final Bands DEFAULT = new Bands(70, 55);

    public Bands {
        if (nurtureMin < 0 || activeMin > 100 || nurtureMin > activeMin) {
            throw new IllegalArgumentException("thresholds need 0 <= nurture-min <= active-min <= 100, were nurture-min "
                    + nurtureMin + ", active-min " + activeMin);
        }
    }

    public Status statusFor(int score) {
        if (score >= activeMin) {
            return Status.ACTIVE;
        }
        return score >= nurtureMin ? Status.NURTURE : Status.PARKED;
    }
}
