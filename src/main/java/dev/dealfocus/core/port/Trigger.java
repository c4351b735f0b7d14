package dev.dealfocus.core.port;

/** What started a run. */
public enum Trigger {
    SCHEDULED, MANUAL, STARTUP,
    /** CRM change events: only the deals they concern are read; such runs never move the read cursor. */
    WEBHOOK,
    /**
     * The customers' own schedule ({@code dealfocus.customers.cron}): existing customers are assessed, no deal is read,
     * and such runs never move the read cursor.
     */
    CUSTOMERS
}
