package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.Renderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Turns a deal's plan into CRM writes with rendered text. */
final class WriteBuilder {
    private final Renderer renderer;

    WriteBuilder(Renderer renderer) {
        this.renderer = renderer;
    }

    List<CrmWrite> writes(DealSnapshot deal, DealPlan plan, Instant now) {
        List<CrmWrite> writes = new ArrayList<>();
        if (!plan.fields().isEmpty() || plan.stage() != null) {
            writes.add(new CrmWrite.FieldUpdate(deal.id(), Keys.of(deal.id(), "fields", new TreeMap<>(plan.fields()),
                    plan.stage()), plan.fields(), plan.stage()));
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
        return writes;
    }
}
