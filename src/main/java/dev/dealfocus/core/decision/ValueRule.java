package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.util.Optional;

/**
 * Step 6: a deal under the configured share of its team's median value per hour is parked. A young deal
 * in its qualification time is compared but not parked: its probability, margin and hours are first
 * guesses of the same kind as its answers (step 3's grace).
 */
final class ValueRule {
    private final Policy policy;
    private final ValuePerHour valuePerHour;

    ValueRule(Policy policy) {
        this.policy = policy;
        this.valuePerHour = new ValuePerHour(policy.value());
    }

    Verdict apply(Verdict v, Optional<TeamMedians.Median> median, boolean young) {
        ValueView value = v.value();
        if (v.settled() || value == null || median.isEmpty()) {
            return v;
        }
        ValueView compared = new ValueView(value.probability(), value.margin(), value.hours(), value.perHour(),
                value.currency(), median.get().value(), median.get().deals());
        if (young || !valuePerHour.isLow(value, median.get())) {
            return v.valued(compared, v.rulesStatus(), v.status());
        }
        return v.valued(compared, Verdict.lowest(v.rulesStatus(), Status.PARKED), Verdict.lowest(v.status(), Status.PARKED))
                .plus(ReasonTexts.lowValue(compared, policy.value().belowMedianFactor()));
    }
}
