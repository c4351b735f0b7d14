package dev.dealfocus.core.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person changed DealFocus's status or the stage by hand. DealFocus never reverts that: it keeps
 * the person's status and does not write the stage until a later new event or expiry.
 *
 * @param status the status the person set, or {@code null} when only the stage was changed
 * @param stage  the stage the person set, or {@code null} when only the status was changed
 * @param since  the day DealFocus noticed the edit
 */
public record HumanHold(Status status, String stage, LocalDate since) {
    public HumanHold {
        Objects.requireNonNull(since, "since");
        if (status == null && stage == null) {
            throw new IllegalArgumentException("a hold needs a status or a stage");
        }
    }
}
