package dev.dealfocus.schedule;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.core.sync.EventProcessor;
import dev.dealfocus.ops.RunService;
import java.time.Clock;
import dev.dealfocus.core.sync.RunInProgressException;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Processes stored CRM change events: right after a delivery was stored, and every
 * {@code dealfocus.webhooks.every} for what a busy moment left. One pass at a time; while a scheduled run
 * goes on the events wait for it to end (runs never overlap, so no deal is worked on twice at once).
 */
@ApplicationScoped
public class WebhookJob {
    /** Passes per wake-up: enough for bursts, bounded so one wake-up never holds the worker for long. */
    private static final int MAX_PASSES = 20;
    /** How soon events held up by a run are looked at again. */
    private static final Duration RETRY_AFTER_RUN = Duration.ofSeconds(1);

    private final EventProcessor processor;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dealfocus-webhooks");
        t.setDaemon(true);
        return t;
    });

    public WebhookJob(WebhookInbox inbox, CrmGateway crm, RunService runs, Clock clock, DealFocusConfig config) {
        // through RunService, so runs of change events count in the metrics and log their summary line
        this.processor = new EventProcessor(inbox, crm, runs::run, config.webhooks().batch(), clock,
                dev.dealfocus.config.CoreWiring.NODE, config.replicas().leaseTtl());
    }

    /** A delivery was stored: process it now, off the request thread. */
    public void wake() {
        worker.submit(this::drain);
    }

    @Scheduled(identity = "dealfocus-webhooks", every = "${dealfocus.webhooks.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    void drain() {
        requested.set(true);
        // whoever holds the lock sees a request made meanwhile, so no delivery waits for the next tick
        while (requested.get() && draining.tryLock()) {
            try {
                requested.set(false);
                passes();
            } finally {
                draining.unlock();
            }
        }
    }

    private void passes() {
        try {
            for (int i = 0; i < MAX_PASSES; i++) {
                var pass = processor.processPending();
                if (pass.isEmpty()) {
                    return;
                }
                var p = pass.get();
                Log.infof("webhook events: %d taken, %d deals reassessed, %d settled as DealFocus's own%s", p.events(), p.deals(),
                        p.settled(), p.run() == null ? "" : ", run " + p.run().id() + " " + p.run().outcome());
                if (p.run() != null && p.deals() > 0 && p.run().outcome().name().matches("FAILED|STOPPED")) {
                    return; // the CRM is failing or out of quota: the events wait for the next tick
                }
            }
        } catch (RunInProgressException e) {
            // runs never overlap: look again shortly, so the events follow the run that holds them up
            Log.debug("webhook events wait: a run is under way");
            worker.schedule(this::drain, RETRY_AFTER_RUN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            Log.error("processing webhook events failed; they stay stored and are tried again", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
