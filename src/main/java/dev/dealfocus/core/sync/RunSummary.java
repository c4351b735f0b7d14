package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.Status;
import java.time.Instant;
import java.util.Map;

/**
 * One run's summary: what was read, assessed, changed and written, and how it ended.
 *
 * @param full          a full scan rather than an incremental read
 * @param statusChanges deals whose status the plan changes
 * @param writes        planned write calls' items (field updates, notes, tasks)
 * @param applied       items the CRM accepted
 * @param failed        items the CRM refused; journaled and retried next run
 * @param byStatus      assessed deals per resulting status
 * @param message       why a run was held, stopped or failed; the cap's verdict otherwise
 */
public record RunSummary(String id, Trigger trigger, RunOutcome outcome, boolean dryRun, boolean confirmed,
                         boolean full, String crm, Instant startedAt, Instant finishedAt, int read, int leftAlone,
                         int assessed, int insufficientData, int statusChanges, int writes, int applied, int failed,
                         long apiCalls, Map<Status, Integer> byStatus, String ruleSetVersion, String message) {
    public RunSummary {
        byStatus = byStatus == null ? Map.of() : Map.copyOf(byStatus);
    }
}
