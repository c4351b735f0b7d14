package dev.dealfocus.core.deal;

/**
 * The pursuit status, ordered from least to most active: the final status is the lowest of band
 * and rules (section 12, step 7), which is {@link #lowest}.
 */
public enum Status {
    CLOSED, PARKED, NURTURE, ACTIVE;

    public static Status lowest(Status a, Status b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** PARKED and CLOSED hold until a new event (section 12, step 7). */
    public boolean isSticky() {
        return this == PARKED || this == CLOSED;
    }

    /** ACTIVE and NURTURE deals are still being worked and count for the team median. */
    public boolean isWorked() {
        return this == ACTIVE || this == NURTURE;
    }
}
