package dev.dealfocus.core.port;

/** What a write does; the CRMs batch each kind apart, so a batch carries one kind. */
public enum WriteKind {
    FIELDS, NOTE, TASK, TASK_UPDATE,
    /** A task that belongs to no deal (the weekly review), assigned to a person. */
    OWNER_TASK,
    /** DealFocus's fields, a note or a task on an existing customer's record (issue 14). */
    CUSTOMER_FIELDS, CUSTOMER_NOTE, CUSTOMER_TASK;

    /** Creates a record: repeating it would duplicate, so an uncertain one is looked up by its key first. */
    public boolean creates() {
        return this == NOTE || this == TASK || this == OWNER_TASK || this == CUSTOMER_NOTE || this == CUSTOMER_TASK;
    }
}
