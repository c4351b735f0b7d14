package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person changed DealFocus's status or the stage by hand. DealFocus never reverts that: it keeps
 * the person's status (or the empty field, when they cleared it) and does not write the stage until
 * a later new event or expiry.
 *
 * @param status  the status the person set, or {@code null} when they cleared it or changed only the stage
 * @param cleared the person emptied the status field: DealFocus leaves it empty
 * @param stage   the stage the person set, or {@code null} when only the status was changed
 * @param since   the day DealFocus noticed the edit
 */
public record HumanHold(Status status, boolean cleared, String stage, LocalDate since) {
    public HumanHold {
        Objects.requireNonNull(since, "since");
        if (status != null && cleared) {
            throw new IllegalArgumentException("a cleared status has no value");
        }
        if (status == null && !cleared && stage == null) {
            throw new IllegalArgumentException("a hold needs a status, a cleared status or a stage");
        }
    }

    /** Whether the person decided about the status field (set or cleared it), not only about the stage. */
    public boolean holdsStatus() {
        return status != null || cleared;
    }
}
