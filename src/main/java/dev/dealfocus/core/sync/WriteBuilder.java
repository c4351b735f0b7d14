package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.plan.DealPlan;
import dev.dealfocus.core.plan.TaskChange;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.Renderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a deal's plan into CRM writes with rendered text. Field updates and task changes are keyed by
 * the deal and decision (or task), so a write another actor is sending now is never sent beside it.
 */
final class WriteBuilder {
    private final Renderer renderer;

    WriteBuilder(Renderer renderer) {
        this.renderer = renderer;
    }

    List<CrmWrite> writes(DealSnapshot deal, DealPlan plan, Instant now) {
        List<CrmWrite> writes = new ArrayList<>();
        if (!plan.fields().isEmpty() || plan.stage() != null) {
            writes.add(new CrmWrite.FieldUpdate(deal.id(), fieldsKey(deal.id(), plan), plan.fields(), plan.stage()));
        }
        if (plan.note() != null) {
            writes.add(new CrmWrite.Note(deal.id(), plan.note().idempotencyKey(), deal.ownerId(), now,
                    renderer.note(plan.note(), deal)));
        }
        plan.tasks().forEach(task -> {
            Renderer.TaskText text = renderer.task(task, plan.assessment(), deal);
            writes.add(new CrmWrite.Task(deal.id(), task.idempotencyKey(), task.kind(), task.ownerId(), task.due(),
                    task.priority(), text.subject(), text.body()));
        });
        for (TaskChange change : plan.taskChanges()) {
            writes.add(new CrmWrite.TaskUpdate(deal.id(), Keys.of(deal.id(), "task-update", change.taskId()),
                    change.taskId(), change.due(), change.complete()));
        }
        return writes;
    }

    /** One field write per deal and decision: retried, or refused, under the same key. */
    static String fieldsKey(String dealId, DealPlan plan) {
        return Keys.of(dealId, "fields", plan.assessment().decisionKey());
    }
}
