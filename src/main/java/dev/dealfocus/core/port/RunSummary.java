package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.Status;
import java.time.Instant;
import java.util.Map;

/**
 * One run's summary: what was read, assessed, changed and written, and how it ended.
 *
 * @param full          a full scan rather than an incremental read
 * @param leftAlone     deals read but not assessed: left the pipeline, opted out, out of scope
 * @param skipped       records the CRM returned that could not be read as deals (journaled with why)
 * @param statusChanges deals whose status the plan changes
 * @param writes        planned writes (field updates, notes, tasks, task updates)
 * @param applied       writes the CRM took
 * @param failed        writes the CRM did not take; journaled, and retried where that can help
 * @param failing       deals whose writes the CRM refuses for good: the run summary names them until fixed
 * @param byStatus      assessed deals per resulting status
 * @param apiRetries    CRM calls that were retries of a failed attempt (counted in {@code apiCalls} too)
 * @param rateLimited   CRM answers 429 (too many requests) the run met and waited out
 * @param readCursor    where the next incremental read starts, in the CRM's clock; {@code null} if unknown
 * @param message       why a run was held, stopped or failed; the cap's verdict otherwise
 */
public record RunSummary(String id, Trigger trigger, RunOutcome outcome, boolean dryRun, boolean confirmed,
                         boolean full, String crm, Instant startedAt, Instant finishedAt, int read, int leftAlone,
                         int skipped, int assessed, int insufficientData, int statusChanges, int writes, int applied,
                         int failed, int failing, long apiCalls, long apiRetries, long rateLimited, Map<Status, Integer> byStatus, String ruleSetVersion,
                         Instant readCursor, String message) {
    public RunSummary {
        byStatus = byStatus == null ? Map.of() : Map.copyOf(byStatus);
    }
}
