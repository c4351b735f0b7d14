package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.plan.NotePlan;
import dev.dealfocus.core.plan.TaskPlan;

/** Renders notes and tasks for people, in the configured language and the CRM's format. */
public interface Renderer {

    String note(NotePlan note, DealSnapshot deal);

    TaskText task(TaskPlan task, Assessment assessment, DealSnapshot deal);

    /**
     * The weekly review as its owner's task: the counts, the decisions, and the link to the full review,
     * which comes before the decisions so that no shortening to the CRM's limit loses it.
     */
    TaskText reviewTask(dev.dealfocus.core.review.WeeklyReview review, String link);

    /** A task's subject and body. */
    record TaskText(String subject, String body) {
    }
}
