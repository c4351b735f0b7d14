package dev.dealfocus.crm.shared;

/** A CRM gateway that knows how much of the account's daily API limit is used, from the CRM's own answers. */
public interface DailyUsageSource {
    /** What the CRM said last, or {@code null} when nothing is known (yet, or any longer). */
    DailyAllowance.Usage dailyUsage();
}
