package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import java.time.Instant;
import java.util.Map;

/** A run's summary as it fills, phase by phase: each phase returns a new report. */
record RunReport(RunContext run, String crm, String ruleSetVersion, boolean full, ReadResult read,
                 DealPass.Counted counted, WritePass.Outcome written) {

    RunReport(RunContext run, String crm, String ruleSetVersion) {
        this(run, crm, ruleSetVersion, false, null, null, null);
    }

    RunReport read(ReadResult result, boolean fullScan) {
        return new RunReport(run, crm, ruleSetVersion, fullScan, result, counted, written);
    }

    RunReport counted(DealPass.Counted result) {
        return new RunReport(run, crm, ruleSetVersion, full, read, result, written);
    }

    RunReport written(WritePass.Outcome result) {
        return new RunReport(run, crm, ruleSetVersion, full, read, counted, result);
    }

    RunSummary running() {
        return finished(RunOutcome.RUNNING, null, null);
    }

    RunSummary finished(RunOutcome outcome, String message, Instant end) {
        Map<Status, Integer> byStatus = counted == null ? Map.of() : counted.byStatus();
        return new RunSummary(run.id(), run.request().trigger(), outcome, run.request().dryRun(),
                run.request().confirm(), full, crm, run.start(), outcome == RunOutcome.RUNNING ? null : end,
                read == null ? 0 : read.read(), read == null ? 0 : read.leftAlone().size(),
                read == null ? 0 : read.skippedIds().size(), counted == null ? 0 : counted.assessed(),
                counted == null ? 0 : counted.insufficient(), counted == null ? 0 : counted.changing().size(),
                written == null ? 0 : written.writes(), written == null ? 0 : written.applied(),
                written == null ? 0 : written.failed(), written == null ? 0 : written.failing(), run.calls().count(),
                run.calls().retries(), run.calls().rateLimitedCount(),
                byStatus, ruleSetVersion, read == null ? null : read.cursor(), message);
    }
}
