package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.plan.NotePlan;
import dev.dealfocus.core.plan.TaskPlan;

/** Renders notes and tasks for people, in the configured language and the CRM's format. */
public interface Renderer {

    String note(NotePlan note, DealSnapshot deal);

    TaskText task(TaskPlan task, Assessment assessment, DealSnapshot deal);

    /** A task's subject and body. */
    record TaskText(String subject, String body) {
    }
}
