package dev.dealfocus.schedule;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.sync.RunInProgressException;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.ops.RunService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The scheduled run: thin, the use case does the work. Runs never overlap. */
@ApplicationScoped
public class SyncJob {
    private final RunService runs;
    private final DealFocusConfig config;

    public SyncJob(RunService runs, DealFocusConfig config) {
        this.runs = runs;
        this.config = config;
    }

    @Scheduled(identity = "dealfocus-sync", cron = "${dealfocus.schedule.cron:0 0 6 * * ?}",
            timeZone = "${dealfocus.time-zone:UTC}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Trigger.SCHEDULED);
    }

    void atStart(@Observes StartupEvent event) {
        if (config.schedule().runAtStart()) {
            // off the start-up thread, so the service answers health checks while the run goes on
            Thread thread = new Thread(() -> run(Trigger.STARTUP), "dealfocus-start-run");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run(Trigger trigger) {
        try {
            runs.run(new RunRequest(trigger, false, false));
        } catch (RunInProgressException e) {
            Log.info("scheduled run skipped: another run is under way");
        } catch (RuntimeException e) {
            Log.error("scheduled run failed", e);
        }
    }
}
