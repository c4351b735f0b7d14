package dev.dealfocus.core.decision;

/** What an expired deal becomes: PARKED, or CLOSED where auto-close is on. */
public enum ExpiryAction {
    PARK, CLOSE
}
