package dev.dealfocus.core.decision;

/**
 * Step 7's last clause: DealFocus never reverts a human edit. A person's status (or an emptied status
 * field) stands until a later new event, or until the deal expires counted from the edit.
 */
final class HumanHolds {
    private HumanHolds() {
    }

    static Verdict apply(Verdict v, Facts f, PreviousDecision previous) {
        if (v.settled()) {
            return v;
        }
        HumanHold edit = f.seen().edit();
        HumanHold hold = edit != null ? edit : previous == null ? null : previous.hold();
        if (hold != null && edit == null && (f.seen().any() || f.expiry().expired())) {
            hold = null; // a later event or a lapse of the expiry days ends what a person set
        }
        v = v.withHold(hold);
        if (hold == null || !hold.holdsStatus()) {
            return v;
        }
        return v.plus(ReasonTexts.humanEdit(hold, v.status())).withStatus(hold.status());
    }
}
