package dev.dealfocus.core.port;

/** What started a run. */
public enum Trigger {
    SCHEDULED, MANUAL, STARTUP
}
