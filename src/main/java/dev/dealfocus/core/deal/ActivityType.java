package dev.dealfocus.core.deal;

/** Kinds of CRM activity the rules look at. */
public enum ActivityType {
    TASK, MEETING, CALL, EMAIL, MESSAGE, NOTE;

    /** Tasks and meetings are what can be a dated next step. */
    public boolean canBeNextStep() {
        return this == TASK || this == MEETING;
    }

    /** Calls, emails and messages are outreach attempts (early-warning signal 4). */
    public boolean isOutreach() {
        return this == CALL || this == EMAIL || this == MESSAGE;
    }

    /** Anything that is contact with the customer, for the note's "last contact". */
    public boolean isContact() {
        return isOutreach() || this == MEETING;
    }
}
