package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.ValueSample;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest assessment per deal: the memory behind stickiness, persistence and team medians. A deal
 * is managed while it is open, in scope and seen by the last full scan or since; only managed deals
 * give team-median samples and count for the safety cap.
 */
public interface DecisionStore {

    /** The remembered last assessment of each of these deals that has one. */
    Map<String, PreviousDecision> previous(Collection<String> dealIds);

    /** Every managed deal's latest value-per-hour sample, for team medians over all deals, not only a run's. */
    List<ValueSample> valueSamples();

    /** How many deals DealFocus manages now. */
    int managedCount();

    /** Saves the latest assessments of deals seen now; they are managed from now on. */
    void saveLatest(List<Latest> latest, Instant seenAt);

    /** Field writes that did not go through: the memory says what the CRM shows, by deal. */
    void notWritten(Map<String, Shown> shownByDeal);

    /** Deals that left the pipeline or the scope, with why: no longer managed, out of the medians at once. */
    void retire(Map<String, String> whyByDeal);

    /** After a full scan that completed: managed deals it did not see are not managed any more. */
    int retireUnseen(Instant scanStartedAt);

    /** The last assessment of a deal as the API shows it. */
    Optional<StoredDecision> latest(String dealId);

    /**
     * Managed deals to reassess though unchanged in the CRM: their expiry, next step, re-engagement date
     * or qualification time passed in {@code (since, today]}, or one of their writes failed or was refused.
     */
    List<String> dueForReassessment(LocalDate since, LocalDate today);

    /** The CRM account this store belongs to, once bound. */
    Optional<String> boundAccount();

    void bindAccount(String account);

    /** What the CRM shows in DealFocus's status field and the stage. */
    record Shown(Status status, String stage) {
    }

    /** One deal's latest assessment and what DealFocus remembers of it. */
    record Latest(Assessment assessment, PreviousDecision remembered, String dealName, String ownerId) {
    }
}
