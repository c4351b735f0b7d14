package dev.dealfocus.core.decision;

import java.math.BigDecimal;

/**
 * Value per hour and what it was compared with.
 *
 * @param probability win probability 0-1
 * @param margin      expected margin in the deal's currency
 * @param hours       remaining effort hours
 * @param perHour     probability x margin / hours
 * @param teamMedian  the team median in the same currency, or {@code null} when the rule was skipped
 * @param teamDeals   how many worked deals the median was taken over
 */
public record ValueView(BigDecimal probability, BigDecimal margin, BigDecimal hours, BigDecimal perHour,
                        String currency, BigDecimal teamMedian, int teamDeals) {
}
