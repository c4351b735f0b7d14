package dev.dealfocus.core.port;

import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.decision.ValueSample;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The latest assessment per deal: the memory behind stickiness, persistence and team medians. */
public interface DecisionStore {

    Map<String, PreviousDecision> previous(Collection<String> dealIds);

    /** Every deal's latest value-per-hour sample, for team medians over all deals, not only this run's. */
    List<ValueSample> valueSamples();

    /** Saves the latest assessments; {@code retry} marks deals with a failed write to re-read next run. */
    void saveLatest(List<Latest> latest);

    Optional<Assessment> latest(String dealId);

    /** Deals to reassess though unchanged: expiry or re-engagement passed since {@code since}, or a failed write. */
    List<String> dueForReassessment(LocalDate since, LocalDate today);

    /** Which of these idempotency keys were already written successfully. */
    Set<String> writtenKeys(Collection<String> keys);

    void markWritten(Collection<WriteResult> written);

    /** Notes and tasks that failed for a passing reason, for these deals. */
    List<PendingWrite> pendingWrites(Collection<String> dealIds);

    /** Saves (or updates) writes to retry next run. */
    void savePending(Collection<PendingWrite> pending);

    /** Forgets pending writes: written, refused for good, or no longer what the deal's decision needs. */
    void clearPending(Collection<String> keys);

    /** A note or task to retry while the deal's status is still {@code forStatus}. */
    record PendingWrite(CrmWrite write, Status forStatus, int attempts, String lastError) {
    }

    /** One deal's latest assessment and what the CRM shows after the writes. */
    record Latest(Assessment assessment, PreviousDecision remembered, String dealName, String ownerId,
                  boolean retry) {
    }
}
