package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;

/**
 * Names the decision (its status and day) and dates its re-engagement check. A status change
 * whose write did not go through is retried the next day as the same decision, so its note and
 * tasks, keyed by the decision, are never written twice (issue 7, item 1).
 */
final class DecisionDates {
    /** The decision's day and, for PARKED and CLOSED, its re-engagement date. */
    record Dates(LocalDate decidedOn, LocalDate reengageOn) {
    }

    private final Policy policy;

    DecisionDates(Policy policy) {
        this.policy = policy;
    }

    Dates of(Status status, Status before, PreviousDecision previous, LocalDate today) {
        if (status == null) {
            return previous == null ? new Dates(null, null) : new Dates(previous.decidedOn(), previous.reengageOn());
        }
        boolean sameAsRemembered = previous != null && previous.decidedStatus() == status && previous.decidedOn() != null;
        boolean keep = status == before ? sameAsRemembered : sameAsRemembered && !previous.decisionWritten();
        LocalDate decidedOn = keep ? previous.decidedOn() : today;
        if (!status.isSticky()) {
            return new Dates(decidedOn, null);
        }
        LocalDate reengageOn = keep && previous.reengageOn() != null ? previous.reengageOn()
                : policy.calendar().due(decidedOn, policy.tasks().reengageDays());
        return new Dates(decidedOn, reengageOn);
    }
}
