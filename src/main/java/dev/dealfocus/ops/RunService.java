package dev.dealfocus.ops;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.core.sync.SyncRunner;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Starts runs for the API and the scheduler, logs one summary line per run and keeps the metrics. */
@ApplicationScoped
public class RunService {
    private final SyncRunner runner;
    private final MeterRegistry registry;
    private final Map<Status, AtomicInteger> dealsByStatus = new EnumMap<>(Status.class);

    public RunService(SyncRunner runner, MeterRegistry registry) {
        this.runner = runner;
        this.registry = registry;
        for (Status status : Status.values()) {
            AtomicInteger count = new AtomicInteger();
            dealsByStatus.put(status, count);
            Gauge.builder("dealfocus.deals", count, AtomicInteger::get).tag("status", status.name())
                    .description("Assessed deals per status after the last applied run").register(registry);
        }
    }

    public RunSummary run(RunRequest request) {
        RunSummary s = runner.run(request);
        Duration took = Duration.between(s.startedAt(), s.finishedAt());
        registry.counter("dealfocus.runs", "outcome", s.outcome().name(), "trigger", s.trigger().name()).increment();
        registry.timer("dealfocus.run.duration", "outcome", s.outcome().name()).record(took);
        registry.counter("dealfocus.crm.calls", "crm", s.crm()).increment(s.apiCalls());
        registry.counter("dealfocus.crm.retries", "crm", s.crm()).increment(s.apiRetries());
        registry.counter("dealfocus.crm.rate.limited", "crm", s.crm()).increment(s.rateLimited());
        registry.counter("dealfocus.writes", "result", "applied").increment(s.applied());
        registry.counter("dealfocus.writes", "result", "failed").increment(s.failed());
        if (s.outcome() == RunOutcome.HELD) {
            registry.counter("dealfocus.plans.held").increment();
        }
        if (s.outcome() == RunOutcome.APPLIED && s.full()) {
            dealsByStatus.forEach((status, count) -> count.set(s.byStatus().getOrDefault(status, 0)));
        }
        String line = String.format("run %s %s (%s, %s%s) crm=%s read=%d assessed=%d left-alone=%d skipped=%d"
                        + " status-changes=%d writes=%d applied=%d failed=%d failing=%d api-calls=%d retries=%d rate-limited=%d in %d ms: %s", s.id(),
                s.outcome(), s.trigger().name().toLowerCase(), s.full() ? "full scan" : s.trigger() == dev.dealfocus.core.port.Trigger.WEBHOOK ? "deals by id"
                        : s.trigger() == dev.dealfocus.core.port.Trigger.CUSTOMERS ? "customers" : "incremental",
                s.dryRun() ? ", dry run" : "", s.crm(), s.read(), s.assessed(), s.leftAlone(), s.skipped(),
                s.statusChanges(), s.writes(), s.applied(), s.failed(), s.failing(), s.apiCalls(), s.apiRetries(), s.rateLimited(), took.toMillis(),
                s.message());
        if (s.outcome() == RunOutcome.FAILED || s.outcome() == RunOutcome.STOPPED || s.failed() > 0 || s.failing() > 0) {
            Log.warn(line);
        } else {
            Log.info(line);
        }
        return s;
    }
}
