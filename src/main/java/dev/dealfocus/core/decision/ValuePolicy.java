package dev.dealfocus.core.decision;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where value per hour's inputs come from (domain.md section 5).
 *
 * @param probabilityScale   what the CRM's probability means by 100 %: 1 for HubSpot, 100 for Salesforce
 * @param stageProbabilities fallback win probability (0-1) per stage when the deal has none
 * @param marginProperty     a CRM property with the expected margin, or {@code null}
 * @param marginRate         margin as a share of the amount when there is no margin property value, or {@code null}
 * @param hoursProperty      a CRM property with the remaining effort hours, or {@code null}
 * @param defaultHoursByStage fallback remaining hours per stage
 * @param belowMedianFactor  a deal under this share of the team median is parked (0.5)
 * @param minTeamDeals       fewer worked deals than this and the rule is skipped (3)
 */
public record ValuePolicy(BigDecimal probabilityScale, Map<String, BigDecimal> stageProbabilities,
                          String marginProperty, BigDecimal marginRate, String hoursProperty,
                          Map<String, BigDecimal> defaultHoursByStage, BigDecimal belowMedianFactor,
                          int minTeamDeals) {
    public static final ValuePolicy DEFAULT = new ValuePolicy(BigDecimal.ONE, Map.of(), null, null, null,
            Map.of(), new BigDecimal("0.5"), 3);

    public ValuePolicy {
        if (probabilityScale == null || probabilityScale.signum() <= 0) {
            throw new IllegalArgumentException("probability scale must be positive (1 or 100)");
        }
        if (belowMedianFactor == null || belowMedianFactor.signum() < 0) {
            throw new IllegalArgumentException("below-median factor must not be negative");
        }
        if (minTeamDeals < 1) {
            throw new IllegalArgumentException("min team deals must be at least 1");
        }
        stageProbabilities = stageProbabilities == null ? Map.of() : Map.copyOf(stageProbabilities);
        defaultHoursByStage = defaultHoursByStage == null ? Map.of() : Map.copyOf(defaultHoursByStage);
    }
}
