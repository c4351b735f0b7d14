package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every write one assessment implies, and nothing that would change nothing.
 *
 * @param fields      the DealFocus fields whose shown value differs, with their new value ("" clears)
 * @param stage       the stage to set, or {@code null}
 * @param note        the note for a status change, or {@code null}
 * @param tasks       follow-up tasks to create
 * @param taskChanges DealFocus's own open tasks to move or complete
 * @param unassigned  tasks not created: the deal has no owner and no fallback owner is configured
 */
public record DealPlan(String dealId, Assessment assessment, Map<DealField, String> fields, String stage,
                       NotePlan note, List<TaskPlan> tasks, List<TaskChange> taskChanges, List<WrittenKind> unassigned) {
    public DealPlan {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(assessment, "assessment");
        fields = Map.copyOf(fields);
        tasks = List.copyOf(tasks);
        taskChanges = List.copyOf(taskChanges);
        unassigned = List.copyOf(unassigned);
    }

    public boolean changesStatus() {
        return fields.containsKey(DealField.STATUS);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && stage == null && note == null && tasks.isEmpty() && taskChanges.isEmpty();
    }
}
