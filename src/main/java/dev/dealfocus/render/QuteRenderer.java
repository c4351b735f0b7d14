package dev.dealfocus.render;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.sync.NotePlan;
import dev.dealfocus.core.sync.TaskPlan;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders notes, exit drafts and tasks from the Qute templates under {@code templates/<locale>/}.
 * The first line of a task template is its subject, the rest its body.
 */
public final class QuteRenderer implements Renderer {
    static final String DEFAULT_TRIGGER = "a new event: budget approval, a new meeting or a new decision date";

    private final Engine engine;
    private final String locale;

    public QuteRenderer(Engine engine, String locale) {
        this.engine = engine;
        this.locale = locale;
    }

    @Override
    public String note(NotePlan note, DealSnapshot deal) {
        Assessment a = note.assessment();
        Map<String, Object> data = common(a, deal);
        data.put("from", note.from());
        data.put("to", note.to());
        data.put("parked", note.to().isSticky());
        data.put("date", note.date());
        data.put("lastContact", note.lastContact());
        data.put("reasons", a.reasons());
        data.put("dimensions", a.scorecard().inOrder());
        data.put("exitDraft", note.withExitDraft() ? exitDraft(note, deal, data) : null);
        return template("note").data(data).render().strip();
    }

    @Override
    public TaskText task(TaskPlan task, Assessment a, DealSnapshot deal) {
        Map<String, Object> data = common(a, deal);
        data.put("date", a.decidedOn());
        data.put("noEmail", task.callInsteadOfEmail());
        String name = switch (task.kind()) {
            case REENGAGE_TASK -> "task-reengage";
            case NURTURE_TASK -> "task-nurture";
            case SCHEDULE_NEXT_STEP_TASK -> "task-next-step";
            case NOTE -> throw new IllegalArgumentException("a note is not a task");
        };
        String text = template(name).data(data).render().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? new TaskText(text, "") : new TaskText(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    private String exitDraft(NotePlan note, DealSnapshot deal, Map<String, Object> common) {
        Map<String, Object> data = new HashMap<>(common);
        data.put("noEmail", note.assessment().consent().forbidsEmail());
        data.put("subjectA", "Pausing our conversation on " + deal.name());
        data.put("subjectB", "Next steps for " + deal.name() + ": on hold for now");
        data.put("situation", "We last spoke " + (note.lastContact() == null ? "a while ago" : "on " + note.lastContact())
                + " about " + deal.name() + ". Since then we have not found a dated next step together.");
        return template("exit-draft").data(data).render().strip();
    }

    private Map<String, Object> common(Assessment a, DealSnapshot deal) {
        Map<String, Object> data = new HashMap<>();
        data.put("deal", deal.name());
        data.put("score", a.score());
        data.put("consent", a.consent());
        data.put("expiresOn", a.expiry().expiresOn());
        data.put("nextStep", a.expiry().nextStepOn());
        data.put("trigger", DEFAULT_TRIGGER);
        return data;
    }

    private Template template(String name) {
        Template t = engine.getTemplate(locale + "/" + name);
        return t != null ? t : engine.getTemplate("en/" + name);
    }
}
