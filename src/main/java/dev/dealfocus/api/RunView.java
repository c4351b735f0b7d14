package dev.dealfocus.api;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import java.time.Instant;
import java.util.Map;

/**
 * A run as the API shows it.
 *
 * @param leftAlone     deals read but not assessed: left the pipeline, opted out, out of scope
 * @param skipped       records the CRM returned that could not be read as deals
 * @param statusChanges deals whose status the plan changes
 * @param writes        planned writes; {@code applied} and {@code failed} say what became of them
 * @param failing       deals whose writes the CRM refuses for good (the run's changes say why)
 * @param apiCalls      CRM API calls this run made, retries included
 * @param apiRetries    calls that retried a failed attempt
 * @param rateLimited   429 answers the run met and waited out
 * @param readUpTo      where the next incremental read starts, in the CRM's clock
 */
public record RunView(String id, Trigger trigger, RunOutcome outcome, boolean dryRun, boolean confirmed, boolean full,
                      String crm, Instant startedAt, Instant finishedAt, int read, int leftAlone, int skipped,
                      int assessed, int insufficientData, int statusChanges, int writes, int applied, int failed,
                      int failing, long apiCalls, long apiRetries, long rateLimited, Map<Status, Integer> byStatus, String ruleSetVersion,
                      Instant readUpTo, String message) {

    static RunView of(RunSummary s) {
        return new RunView(s.id(), s.trigger(), s.outcome(), s.dryRun(), s.confirmed(), s.full(), s.crm(), s.startedAt(),
                s.finishedAt(), s.read(), s.leftAlone(), s.skipped(), s.assessed(), s.insufficientData(),
                s.statusChanges(), s.writes(), s.applied(), s.failed(), s.failing(), s.apiCalls(), s.apiRetries(), s.rateLimited(), s.byStatus(),
                s.ruleSetVersion(), s.readCursor(), s.message());
    }
}
