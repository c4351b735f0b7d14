package dev.dealfocus.core.sync;

/** Runs never overlap: a second one is refused while one is under way. */
public class RunInProgressException extends RuntimeException {
    public RunInProgressException() {
        super("A run is already under way; try again when it has finished.");
    }
}
