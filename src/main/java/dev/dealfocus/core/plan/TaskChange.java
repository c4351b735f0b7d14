package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.WrittenKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to one of DealFocus's own open tasks: moved to the date its decision promises, or completed
 * because a newer decision made it obsolete. DealFocus never deletes a task.
 *
 * @param taskId   the CRM's id of the task
 * @param due      the new due date, or {@code null} when only completing
 * @param complete mark the task completed
 */
public record TaskChange(String taskId, WrittenKind kind, LocalDate due, boolean complete) {
    public TaskChange {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(kind, "kind");
        if (due == null && !complete) {
            throw new IllegalArgumentException("a task change moves or completes the task");
        }
    }
}
