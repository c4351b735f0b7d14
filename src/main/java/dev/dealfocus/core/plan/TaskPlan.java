package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.WrittenKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up task to create. Subject and body are rendered from templates at the edge.
 *
 * @param ownerId            the deal owner, who gets the task
 * @param priority           how urgent: booking a missing next step comes first, a nurture touch last
 * @param callInsteadOfEmail the deal's contacts must not be emailed: suggest a call or review
 */
public record TaskPlan(WrittenKind kind, String ownerId, LocalDate due, TaskPriority priority, boolean callInsteadOfEmail,
                       String idempotencyKey) {
    public TaskPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (!kind.isTask()) {
            throw new IllegalArgumentException(kind + " is not a task");
        }
    }
}
