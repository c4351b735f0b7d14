package dev.dealfocus.core.port;

/** What a write does; the CRMs batch each kind apart, so a batch carries one kind. */
public enum WriteKind {
    FIELDS, NOTE, TASK, TASK_UPDATE;

    /** Creates a record: repeating it would duplicate, so an uncertain one is looked up by its key first. */
    public boolean creates() {
        return this == NOTE || this == TASK;
    }
}
