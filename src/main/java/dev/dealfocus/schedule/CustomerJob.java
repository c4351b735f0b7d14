package dev.dealfocus.schedule;

import dev.dealfocus.core.sync.RunInProgressException;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.ops.RunService;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The customers' own schedule ({@code dealfocus.customers.cron}, off unless set): a run that assesses the existing
 * customers and reads no deal. Thin, like {@link SyncJob}; runs never overlap, so a deals' run under way makes it wait
 * for the next time.
 */
@ApplicationScoped
public class CustomerJob {
    private final RunService runs;
    private final SyncJob claims;

    public CustomerJob(RunService runs, SyncJob claims) {
        this.runs = runs;
        this.claims = claims;
    }

    @Scheduled(identity = "dealfocus-customers", cron = "${dealfocus.customers.cron:off}", timeZone = "${dealfocus.time-zone:UTC}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(io.quarkus.scheduler.ScheduledExecution execution) {
        if (!claims.claimed("dealfocus-customers", execution)) {
            return; // another replica runs this fire time
        }
        try {
            runs.run(RunRequest.forCustomers());
        } catch (RunInProgressException e) {
            Log.info("customers' run skipped: another run is under way");
        } catch (RuntimeException e) {
            Log.error("customers' run failed", e);
        }
    }
}
