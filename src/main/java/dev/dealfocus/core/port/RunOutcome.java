package dev.dealfocus.core.port;

/** How a run ended. */
public enum RunOutcome {
    /** Running now. */
    RUNNING,
    /** Asked for a preview: planned, nothing written. */
    DRY_RUN,
    /** Over the safety cap: planned, nothing written, waiting for confirmation. */
    HELD,
    /** Writes applied (some may have failed; they are journaled and retried next run). */
    APPLIED,
    /** Stopped cleanly, e.g. the CRM's daily quota ran out; the next run resumes. */
    STOPPED,
    /** Failed: the message says why. */
    FAILED,
    /** The service stopped while the run was under way; its writes were checked against the CRM afterwards. */
    INTERRUPTED
}
