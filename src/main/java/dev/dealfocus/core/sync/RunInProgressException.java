package dev.dealfocus.core.sync;

/** Runs never overlap: a second one is refused while one is under way. */
public class RunInProgressException extends RuntimeException {
    private final String runId;

    public RunInProgressException() {
        this(null);
    }

    /** @param runId the run under way (on this replica or another), or null when not known */
    public RunInProgressException(String runId) {
        super(runId == null ? "A run is already under way; try again when it has finished."
                : "Run " + runId + " is under way; try again when it has finished (GET /api/runs/" + runId + ").");
        this.runId = runId;
    }

    /** The run under way, or null. */
    public String runId() {
        return runId;
    }
}
