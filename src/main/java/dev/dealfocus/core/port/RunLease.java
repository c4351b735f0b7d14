package dev.dealfocus.core.port;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One run at a time across every replica of the service (docs/deploy.md, "Several replicas"): a run takes the lease
 * before it reads or writes anything, and gives it up when it ends. Where the service runs alone, a lease in memory.
 */
public interface RunLease {
    /** Takes the lease for {@code runId}: answers null when taken, else the id of the run that holds it. */
    String acquire(String runId);

    /** Gives the lease up, if {@code runId} holds it. */
    void release(String runId);

    /** The lease of one process alone. */
    static RunLease local() {
        AtomicReference<String> held = new AtomicReference<>();
        return new RunLease() {
            @Override
            public String acquire(String runId) {
                return held.compareAndSet(null, runId) ? null : held.get();
            }

            @Override
            public void release(String runId) {
                held.compareAndSet(runId, null);
            }
        };
    }
}
