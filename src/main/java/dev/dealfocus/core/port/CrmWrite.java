package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.TaskPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** One write to the CRM, carrying the idempotency key that keeps it from being written twice. */
public sealed interface CrmWrite {
    /** The deal written to; {@value #NO_DEAL} for a task that belongs to no deal. */
    String NO_DEAL = "";

    String dealId();

    String key();

    WriteKind kind();

    /** DealFocus's fields and, where mapped, the stage. */
    record FieldUpdate(String dealId, String key, Map<DealField, String> fields, String stage) implements CrmWrite {
        public FieldUpdate {
            Objects.requireNonNull(dealId, "dealId");
            Objects.requireNonNull(key, "key");
            fields = Map.copyOf(fields);
        }

        @Override
        public WriteKind kind() {
            return WriteKind.FIELDS;
        }
    }

    /** A note on the deal's timeline; {@code ownerId} may be {@code null}. */
    record Note(String dealId, String key, String ownerId, Instant timestamp, String body) implements CrmWrite {
        public Note {
            Objects.requireNonNull(dealId, "dealId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public WriteKind kind() {
            return WriteKind.NOTE;
        }
    }

    /** A follow-up task on the deal, assigned to its owner (or the fallback owner). */
    record Task(String dealId, String key, WrittenKind taskKind, String ownerId, LocalDate due, TaskPriority priority,
                String subject, String body) implements CrmWrite {
        public Task {
            Objects.requireNonNull(dealId, "dealId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(taskKind, "taskKind");
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(priority, "priority");
        }

        @Override
        public WriteKind kind() {
            return WriteKind.TASK;
        }
    }

    /** Moves one of DealFocus's own open tasks to a new due date, or completes it. */
    record TaskUpdate(String dealId, String key, String taskId, LocalDate due, boolean complete) implements CrmWrite {
        public TaskUpdate {
            Objects.requireNonNull(dealId, "dealId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(taskId, "taskId");
            if (due == null && !complete) {
                throw new IllegalArgumentException("a task update moves or completes the task");
            }
        }

        @Override
        public WriteKind kind() {
            return WriteKind.TASK_UPDATE;
        }
    }

    /**
     * A task for a person that belongs to no deal (the weekly review): assigned to the owner, found
     * again by its key alone, since no deal's associations lead to it.
     */
    record OwnerTask(String key, WrittenKind taskKind, String ownerId, LocalDate due, String subject, String body)
            implements CrmWrite {
        public OwnerTask {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(taskKind, "taskKind");
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String dealId() {
            return NO_DEAL;
        }

        @Override
        public WriteKind kind() {
            return WriteKind.OWNER_TASK;
        }
    }

    /** A write to an existing customer's record (issue 14): never a deal's. */
    sealed interface CustomerWrite extends CrmWrite {
        String customerId();

        @Override
        default String dealId() {
            return NO_DEAL;
        }
    }

    /**
     * DealFocus's fields on the customer: {@code health}, {@code health_reasons}, {@code remediation_until},
     * {@code remediation_goals}, mapped to the CRM's names by the adapter.
     */
    record CustomerFields(String customerId, String key, Map<String, String> fields) implements CustomerWrite {
        public CustomerFields {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(key, "key");
            fields = Map.copyOf(fields);
        }

        @Override
        public WriteKind kind() {
            return WriteKind.CUSTOMER_FIELDS;
        }
    }

    /** A note on the customer's timeline. */
    record CustomerNote(String customerId, String key, String ownerId, Instant timestamp, String body) implements CustomerWrite {
        public CustomerNote {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public WriteKind kind() {
            return WriteKind.CUSTOMER_NOTE;
        }
    }

    /** A task on the customer for its account owner (or customer-success owner). */
    record CustomerTask(String customerId, String key, String ownerId, LocalDate due, String subject, String body)
            implements CustomerWrite {
        public CustomerTask {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public WriteKind kind() {
            return WriteKind.CUSTOMER_TASK;
        }
    }
}
