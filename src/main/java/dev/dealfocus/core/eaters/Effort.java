package dev.dealfocus.core.eaters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;

/** Effort in hours: the sum over a deal's activities in a window, DealFocus's own and the ones that do not count left out. */
public final class Effort {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Effort() {
    }

    public static BigDecimal hours(Collection<EffortActivity> activities, EffortPolicy policy, Instant from, Instant to) {
        BigDecimal minutes = BigDecimal.ZERO;
        for (EffortActivity a : activities) {
            if (a.own() || !a.counts() || a.at() == null || a.at().isBefore(from) || !a.at().isBefore(to)) {
                continue;
            }
            minutes = minutes.add(a.durationMinutes() != null && a.durationMinutes() >= 0
                    ? BigDecimal.valueOf(a.durationMinutes()) : policy.minutesOf(a.type()));
        }
        return minutes.divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** Where a team tracks hours spent in a property: its increase over the quarter, never below zero. */
    public static BigDecimal fromProperty(BigDecimal atStart, BigDecimal atEnd) {
        if (atEnd == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal grew = atEnd.subtract(atStart == null ? BigDecimal.ZERO : atStart);
        return grew.signum() < 0 ? BigDecimal.ZERO : grew.setScale(2, RoundingMode.HALF_UP);
    }
}
