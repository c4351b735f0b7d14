package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;

/**
 * Step 7 and the re-engagement part of step 8: a PARKED or CLOSED deal stays so until a new event;
 * a deal parked past its re-engagement date without one closes (or closing is recommended).
 */
final class Stickiness {
    private final Policy policy;

    Stickiness(Policy policy) {
        this.policy = policy;
    }

    Verdict apply(Verdict v, Facts f, PreviousDecision previous) {
        if (v.settled()) {
            return v;
        }
        Status before = f.before();
        boolean sticky = before != null && before.isSticky() && !f.seen().any();
        if (!sticky) {
            return v;
        }
        if (v.status() == null || before.compareTo(v.status()) < 0) {
            v = v.held(before, previous == null || previous.decidedOn() == null ? f.today() : previous.decidedOn());
        }
        boolean reengagePassed = previous != null && previous.reengageOn() != null
                && f.today().isAfter(previous.reengageOn());
        if (v.status() == Status.PARKED && before == Status.PARKED && reengagePassed) {
            if (policy.autoClose()) {
                v = v.plus(ReasonTexts.closedAfterReengage(previous.decidedOn(), previous.reengageOn()))
                        .withStatus(Status.CLOSED);
            } else {
                v = v.plus(ReasonTexts.closeAfterReengage(previous.reengageOn()));
            }
        }
        return v;
    }

    /** NO_NEW_EVENT, but only when stickiness is what keeps the deal down, not when a rule parks it anyway. */
    Verdict explain(Verdict v, Facts f) {
        if (v.heldSince() != null && (v.rulesStatus() == null || f.before().compareTo(v.rulesStatus()) < 0)) {
            return v.plus(ReasonTexts.noNewEvent(f.before(), v.heldSince()));
        }
        return v;
    }
}
