package dev.dealfocus.core.customer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A write a customer's decision owes, with the idempotency key that makes it once per episode (and cycle):
 * reruns plan the same keys, and the write-ahead log sends each once.
 *
 * @param due the day a task is due, or null for a note
 */
public record CustomerAction(Kind kind, String key, LocalDate due) {
    /** What is written. */
    public enum Kind {
        /** YELLOW: the note that lists the signs, once per episode. */
        SIGNS_NOTE,
        /** YELLOW: the next review meeting of the cadence, with the reminder to send a written summary after it. */
        REVIEW_MEETING_TASK,
        /** RED: the remediation plan with its goals and dates. */
        REMEDIATION_NOTE,
        /** RED: the review in the middle of the phase. */
        MID_REVIEW_TASK,
        /** RED: the review at the end of the phase. */
        END_REVIEW_TASK,
        /** The goals were met. */
        SUCCESS_NOTE,
        /** Goals unmet after both reviews: the exit recommendation with its handover plan and the draft announcement. */
        EXIT_NOTE,
        /** The account owner's task to prepare the orderly exit. */
        EXIT_TASK,
        /** The goals could not all be measured: check the data. */
        UNMEASURED_NOTE
    }

    public CustomerAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }
}
