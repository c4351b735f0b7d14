package dev.dealfocus.config;

import dev.dealfocus.core.customer.HealthPolicy;
import java.util.ArrayList;
import java.util.List;

/** {@code dealfocus.customers.*} checked and turned into the traffic light's numbers; a wrong value names its key at start. */
public final class CustomerSettings {
    private CustomerSettings() {
    }

    public static HealthPolicy healthPolicy(DealFocusConfig config) {
        var c = config.customers();
        List<String> problems = new ArrayList<>();
        if (c.remediationWeeks() < 6 || c.remediationWeeks() > 8) {
            problems.add("dealfocus.customers.remediation-weeks=" + c.remediationWeeks() + ": a remediation phase takes 6 to 8 weeks");
        }
        positive(problems, "dealfocus.customers.review-cadence-days", c.reviewCadenceDays());
        positive(problems, "dealfocus.customers.signals.usage.red-days", c.signals().usageRedDays());
        positive(problems, "dealfocus.customers.signals.payment.red-days", c.signals().paymentRedDays());
        positive(problems, "dealfocus.customers.signals.change-requests.yellow-count", c.signals().changeRequestsYellow());
        if (c.safetyCap().signum() <= 0 || c.safetyCap().compareTo(java.math.BigDecimal.ONE) > 0) {
            problems.add("dealfocus.customers.safety-cap=" + c.safetyCap() + ": use a share above 0 and at most 1, e.g. 0.20");
        }
        var s = c.signals();
        if (s.usageScoreProperty().isPresent() && s.usageScoreMin().isEmpty()) {
            problems.add("dealfocus.customers.signals.usage.score-property is set without dealfocus.customers.signals.usage.score-min:"
                    + " name the score below which usage is RED");
        }
        both(problems, "escalations.property", s.escalationsProperty().isPresent(), "escalations.from-records", s.escalationsFromRecords());
        both(problems, "change-requests.property", s.changeRequestsProperty().isPresent(), "change-requests.record-category",
                s.changeRequestCategory().isPresent());
        both(problems, "payment.property", s.paymentProperty().isPresent(), "payment.from-invoices", s.paymentFromInvoices());
        if (s.paymentFromInvoices() && "salesforce".equals(config.crm().provider())) {
            problems.add("dealfocus.customers.signals.payment.from-invoices=true: Sales Cloud has no invoice object; map the due date of"
                    + " the oldest unpaid invoice as an Account field (dealfocus.customers.signals.payment.property)");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
        return new HealthPolicy(c.signals().usageRedDays(), s.usageScoreMin().orElse(null), c.signals().paymentRedDays(), c.signals().changeRequestsYellow(),
                c.remediationWeeks());
    }

    /** Where the CRM's customer records keep the signs, and the light in {@code lightProperty} (DealFocus's own field). */
    public static dev.dealfocus.crm.shared.CustomerProperties properties(DealFocusConfig config, String lightProperty) {
        if (!config.customers().enabled()) {
            return dev.dealfocus.crm.shared.CustomerProperties.NONE; // no call, no setup step for customers
        }
        var s = config.customers().signals();
        var records = new dev.dealfocus.crm.shared.CustomerRecords.Settings(s.escalationsFromRecords(),
                s.escalationPriorities().orElse(List.of()), s.changeRequestCategory().orElse(null), s.paymentFromInvoices());
        return new dev.dealfocus.crm.shared.CustomerProperties(s.usageProperty().orElse(null), s.paymentProperty().orElse(null),
                s.escalationsProperty().orElse(null), s.changeRequestsProperty().orElse(null), s.delaysProperty().orElse(null),
                lightProperty, config.customers().successOwnerProperty().orElse(null), records, s.usageScoreProperty().orElse(null));
    }

    /** A sign read from a property and counted from records at once: which one would count is not clear. */
    private static void both(List<String> problems, String propertyKey, boolean property, String recordsKey, boolean records) {
        if (property && records) {
            problems.add("dealfocus.customers.signals." + propertyKey + " and dealfocus.customers.signals." + recordsKey
                    + " are both set: a sign comes from a property or from records, choose one");
        }
    }

    private static void positive(List<String> problems, String key, int value) {
        if (value < 1) {
            problems.add(key + "=" + value + ": use 1 or more");
        }
    }
}
