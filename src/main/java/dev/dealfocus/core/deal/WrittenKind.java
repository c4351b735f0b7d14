package dev.dealfocus.core.deal;

/** What DealFocus itself writes as activities; used to recognise its own notes and tasks. */
public enum WrittenKind {
    NOTE, REENGAGE_TASK, NURTURE_TASK, SCHEDULE_NEXT_STEP_TASK, QUALIFY_TASK,
    /** The weekly review, one task per owner and week, on no deal. */
    REVIEW_TASK,
    /** A team's quarterly time-eater list, one task for its lead per quarter, on no deal. */
    TIME_EATER_TASK,
    /** A task on an existing customer (review meeting, remediation review, orderly exit), on no deal. */
    CUSTOMER_TASK;

    public boolean isTask() {
        return this != NOTE;
    }
}
