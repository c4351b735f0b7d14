package dev.dealfocus.schedule;

import dev.dealfocus.config.CoreWiring;
import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.TriggerClaims;
import dev.dealfocus.core.sync.RunInProgressException;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.ops.RunService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The scheduled run: thin, the use case does the work. Runs never overlap. With several replicas every scheduler fires:
 * each fire time is claimed once ({@link TriggerClaims}), so one replica runs it; the run at start is claimed once per
 * rollout ({@code dealfocus.replicas.rollout-id}).
 */
@ApplicationScoped
public class SyncJob {
    private final RunService runs;
    private final DealFocusConfig config;
    private final TriggerClaims claims;
    private final Clock clock;

    public SyncJob(RunService runs, DealFocusConfig config, TriggerClaims claims, Clock clock) {
        this.runs = runs;
        this.config = config;
        this.claims = claims;
        this.clock = clock;
    }

    @Scheduled(identity = "dealfocus-sync", cron = "${dealfocus.schedule.cron:0 0 6 * * ?}",
            timeZone = "${dealfocus.time-zone:UTC}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        if (claimed("dealfocus-sync", execution)) {
            run(Trigger.SCHEDULED);
        }
    }

    void atStart(@Observes StartupEvent event) {
        if (config.schedule().runAtStart()) {
            // off the start-up thread, so the service answers health checks while the run goes on
            Thread thread = new Thread(this::runAtStart, "dealfocus-start-run");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void runAtStart() {
        String rollout = config.replicas().rolloutId().filter(r -> !r.isBlank()).orElse(CoreWiring.NODE);
        if (claim("dealfocus-start", rollout)) {
            run(Trigger.STARTUP);
        } else {
            Log.infof("run at start skipped: another replica of rollout %s ran it", rollout);
        }
    }

    /** Whether this replica claimed the fire time (to the second: every replica's scheduler names the same one). */
    boolean claimed(String trigger, ScheduledExecution execution) {
        String occurrence = execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS).toString();
        if (claim(trigger, occurrence)) {
            return true;
        }
        Log.infof("%s at %s skipped: another replica runs it", trigger, occurrence);
        return false;
    }

    private boolean claim(String trigger, String occurrence) {
        try {
            return claims.claim(trigger, occurrence, CoreWiring.NODE, clock.instant());
        } catch (RuntimeException e) {
            Log.warnf("%s %s not run: the claim could not be stored (%s)", trigger, occurrence, e.getMessage());
            return false;
        }
    }

    private void run(Trigger trigger) {
        try {
            runs.run(new RunRequest(trigger, false, false));
        } catch (RunInProgressException e) {
            Log.infof("scheduled run skipped: %s", e.getMessage());
        } catch (RuntimeException e) {
            Log.error("scheduled run failed", e);
        }
    }
}
