package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.sync.DealField;
import dev.dealfocus.core.sync.TaskPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** One write to the CRM, carrying the idempotency key that keeps it from being written twice. */
public sealed interface CrmWrite {
    String dealId();

    String key();

    /** DealFocus's fields and, where mapped, the stage. */
    record FieldUpdate(String dealId, String key, Map<DealField, String> fields, String stage) implements CrmWrite {
        public FieldUpdate {
            Objects.requireNonNull(dealId, "dealId");
            fields = Map.copyOf(fields);
        }
    }

    /** A note on the deal's timeline. */
    record Note(String dealId, String key, String ownerId, Instant timestamp, String body) implements CrmWrite {
        public Note {
            Objects.requireNonNull(dealId, "dealId");
            Objects.requireNonNull(body, "body");
        }
    }

    /** A follow-up task on the deal, assigned to its owner. */
    record Task(String dealId, String key, WrittenKind kind, String ownerId, LocalDate due, TaskPriority priority,
                String subject, String body) implements CrmWrite {
        public Task {
            Objects.requireNonNull(dealId, "dealId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(priority, "priority");
        }
    }
}
