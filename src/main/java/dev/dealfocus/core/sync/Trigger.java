package dev.dealfocus.core.sync;

/** What started a run. */
public enum Trigger {
    SCHEDULED, MANUAL, STARTUP
}
