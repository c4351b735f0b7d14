package dev.dealfocus.store;

import dev.dealfocus.core.port.RunLease;
import io.quarkus.logging.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The runs' lease as a row ({@code df_lease}, docs/deploy.md): taken by one conditional UPDATE (the row is free, or its
 * holder's heartbeat is older than the time to live), kept alive by a heartbeat every third of the time to live, given
 * up by an UPDATE when the run ends. Plain statements in short transactions: nothing holds a connection for the whole
 * run, so it works through a transaction-pooling proxy, and a replica that dies mid-run frees the lease once its
 * heartbeat is older than the time to live (a session lock would wait until PostgreSQL notices the dead connection).
 */
public final class JdbcRunLease implements RunLease {
    private static final String NAME = "runs";

    private final Jdbc jdbc;
    private final Clock clock;
    private final Duration ttl;
    private final String holder;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dealfocus-lease");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> beating;

    /** @param holder this replica (host and process), shown with the lease for an operator */
    public JdbcRunLease(DataSource dataSource, Clock clock, Duration ttl, String holder) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.ttl = ttl;
        this.holder = holder;
    }

    @Override
    public synchronized String acquire(String runId) {
        Instant now = clock.instant();
        int taken = jdbc.update("UPDATE df_lease SET holder = ?, run_id = ?, heartbeat_at = ? WHERE name = ?"
                + " AND (run_id IS NULL OR heartbeat_at < ?)", holder, runId, now, NAME, now.minus(ttl));
        if (taken == 1) {
            long every = Math.max(1, ttl.toMillis() / 3);
            beating = beats.scheduleAtFixedRate(() -> beat(runId), every, every, TimeUnit.MILLISECONDS);
            return null;
        }
        List<String> held = jdbc.query("SELECT run_id FROM df_lease WHERE name = ?", rs -> rs.getString(1), NAME);
        String other = held.isEmpty() ? null : held.get(0);
        return other != null ? other : "(released meanwhile)";
    }

    @Override
    public synchronized void release(String runId) {
        if (beating != null) {
            beating.cancel(false);
            beating = null;
        }
        jdbc.update("UPDATE df_lease SET holder = NULL, run_id = NULL, heartbeat_at = NULL WHERE name = ? AND run_id = ?", NAME, runId);
    }

    private void beat(String runId) {
        try {
            int kept = jdbc.update("UPDATE df_lease SET heartbeat_at = ? WHERE name = ? AND run_id = ?", clock.instant(), NAME, runId);
            if (kept == 0) {
                // another replica took it after this one missed its beats (a long pause): that run's recovery settles this one
                Log.errorf("run %s lost the runs' lease (its heartbeat was older than %s); another replica may run now", runId, ttl);
            }
        } catch (RuntimeException e) {
            Log.warnf("run %s could not renew the runs' lease: %s", runId, e.getMessage());
        }
    }
}
