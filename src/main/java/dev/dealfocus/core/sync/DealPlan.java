package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.Assessment;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every write one assessment implies, and nothing that would change nothing.
 *
 * @param fields the DealFocus fields whose shown value differs, with their new value ("" clears)
 * @param stage  the stage to set, or {@code null}
 * @param note   the note for a status change, or {@code null}
 */
public record DealPlan(String dealId, Assessment assessment, Map<DealField, String> fields, String stage,
                       NotePlan note, List<TaskPlan> tasks) {
    public DealPlan {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(assessment, "assessment");
        fields = Map.copyOf(fields);
        tasks = List.copyOf(tasks);
    }

    public boolean changesStatus() {
        return fields.containsKey(DealField.STATUS);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && stage == null && note == null && tasks.isEmpty();
    }
}
