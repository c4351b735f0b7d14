package dev.dealfocus.core.customer;

import java.math.BigDecimal;

/**
 * The numbers of the traffic light (dealfocus.customers.*), defaults from issue 14: RED on an invoice overdue more
 * than 30 days, an escalation in the last 30 days, no usage for more than 30 days; YELLOW on 3 or more change
 * requests in 90 days, an invoice overdue 1-30 days, or a delay.
 *
 * @param usageRedDays         days without use after which usage is RED
 * @param usageScoreMin        a usage score below this is RED (where a score is mapped), or null
 * @param overdueRedDays       days overdue after which payment is RED (1 to this many: YELLOW)
 * @param changeRequestsYellow change requests in 90 days from which the customer is YELLOW
 * @param remediationWeeks     the length of a RED customer's remediation phase, 6-8
 */
public record HealthPolicy(int usageRedDays, BigDecimal usageScoreMin, int overdueRedDays, int changeRequestsYellow,
                           int remediationWeeks) {
    public static final HealthPolicy DEFAULT = new HealthPolicy(30, null, 30, 3, 6);

    public HealthPolicy {
        if (usageRedDays < 1 || overdueRedDays < 1 || changeRequestsYellow < 1) {
            throw new IllegalArgumentException("usage and overdue days and the change-request count must be positive");
        }
        if (remediationWeeks < 6 || remediationWeeks > 8) {
            throw new IllegalArgumentException("a remediation phase takes 6 to 8 weeks, was " + remediationWeeks);
        }
    }
}
