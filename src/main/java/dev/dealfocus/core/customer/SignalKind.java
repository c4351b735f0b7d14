package dev.dealfocus.core.customer;

/** The observable signs a customer's light is read from (issue 14, item 2). */
public enum SignalKind {
    /** Visible use of the service: a last-login date or a usage score. */
    USAGE,
    /** The oldest unpaid invoice's due date. */
    PAYMENT,
    /** Tickets or cases raised as escalations in the last 30 days. */
    ESCALATIONS,
    /** Change requests in the last 90 days. */
    CHANGE_REQUESTS,
    /** Delays, such as missed milestones. */
    DELAYS
}
