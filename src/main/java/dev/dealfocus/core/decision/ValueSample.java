package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One deal's contribution to its team's median: its value per hour and its status before the
 * value rule, from its latest stored assessment.
 */
public record ValueSample(String dealId, String teamKey, String currency, BigDecimal perHour, Status statusBeforeValueRule) {
    public ValueSample {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(teamKey, "teamKey");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(perHour, "perHour");
    }
}
