package dev.dealfocus.render;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.plan.NotePlan;
import dev.dealfocus.core.plan.TaskPlan;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.review.WeeklyReview;
import dev.dealfocus.core.scoring.Dimension;
import dev.dealfocus.core.scoring.DimensionScore;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders notes, exit drafts and tasks from the Qute templates under {@code templates/<language>/},
 * in the CRM's format and within its limits. The first line of a task template is its subject.
 */
public final class QuteRenderer implements Renderer {
    private final Engine engine;
    private final Wording wording;
    private final Reengagement reengagement;
    private final CrmCapabilities crm;

    public QuteRenderer(Engine engine, Wording wording, Reengagement reengagement, CrmCapabilities crm) {
        this.engine = engine;
        this.wording = wording;
        this.reengagement = reengagement;
        this.crm = crm;
    }

    /** One row of the score breakdown. */
    public record Row(String label, int points, String evidence) {
    }

    @Override
    public String note(NotePlan note, DealSnapshot deal) {
        Assessment a = note.assessment();
        Map<String, Object> data = common(a, deal);
        data.put("from", note.from() == null ? null : wording.status(note.from()));
        data.put("date", wording.date(note.date()));
        data.put("lastContact", wording.date(note.lastContact()));
        data.put("reasons", a.reasons().stream().map(wording::reason).toList());
        data.put("exitDraft", note.withExitDraft() ? exitDraft(note, deal, data) : null);
        return CrmText.body(render("note", data), crm.textFormat(), crm.maxNoteChars());
    }

    @Override
    public TaskText task(TaskPlan task, Assessment a, DealSnapshot deal) {
        Map<String, Object> data = common(a, deal);
        data.put("date", wording.date(a.decidedOn()));
        data.put("due", wording.date(task.due()));
        data.put("noEmail", task.callInsteadOfEmail());
        data.put("reasons", a.reasons().stream().map(wording::reason).toList());
        String name = switch (task.kind()) {
            case REENGAGE_TASK -> "task-reengage";
            case NURTURE_TASK -> "task-nurture";
            case SCHEDULE_NEXT_STEP_TASK -> "task-next-step";
            case QUALIFY_TASK -> "task-qualify";
            case NOTE, REVIEW_TASK, TIME_EATER_TASK, CUSTOMER_TASK -> throw new IllegalArgumentException(task.kind() + " is no deal's task");
        };
        return taskText(render(name, data));
    }

    @Override
    public TaskText reviewTask(WeeklyReview review, String link) {
        ReviewText words = new ReviewText(wording);
        Map<String, Object> data = new HashMap<>();
        data.put("week", review.week().toString());
        data.put("link", link);
        List<WeeklyReview.Section> decisions = review.sections().stream().filter(s -> s.kind().decides()).toList();
        data.put("decisionCount", decisions.stream().mapToInt(s -> s.entries().size()).sum());
        data.put("counts", review.sections().stream().map(s -> new Count(words.section(s.kind()), s.entries().size())).toList());
        data.put("sections", decisions.stream().filter(s -> !s.entries().isEmpty())
                .map(s -> new Listed(words.section(s.kind()), s.entries().stream().map(e -> words.line(e)).toList())).toList());
        return taskText(render("task-review", data));
    }

    /**
     * A team's time-eater list as its lead's task: the five deals with effort, value per hour, status and score,
     * and what to do with each, and the link to the full list.
     */
    public TaskText timeEaterTask(dev.dealfocus.core.eaters.TimeEaterReport report, String team, String link) {
        TimeEaterText words = new TimeEaterText(wording);
        Map<String, Object> data = new HashMap<>();
        data.put("quarter", report.quarter().toString());
        data.put("team", team);
        data.put("link", link);
        List<String> lines = report.teams().stream().filter(t -> t.teamKey().equals(team)).flatMap(t -> t.entries().stream())
                .map(words::line).toList();
        data.put("count", lines.size());
        data.put("lines", lines);
        return taskText(render("task-time-eaters", data));
    }

    /** A section's title and its number of entries. */
    public record Count(String title, int count) {
    }

    /** A section's title and its entries as lines. */
    public record Listed(String title, List<String> lines) {
    }

    private TaskText taskText(String text) {
        int newline = text.indexOf('\n');
        String subject = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        return new TaskText(CrmText.subject(subject), CrmText.body(body, crm.textFormat(), crm.maxTaskChars()));
    }

    private String exitDraft(NotePlan note, DealSnapshot deal, Map<String, Object> common) {
        Map<String, Object> data = new HashMap<>(common);
        Assessment a = note.assessment();
        data.put("noEmail", a.consent().forbidsEmail());
        Map<String, String> facts = Map.of("deal", deal.name(), "date", wording.date(note.lastContact()));
        String opening = wording.text(note.lastContact() == null ? "situation.noContact" : "situation.lastContact", facts);
        List<String> open = a.scorecard().inOrder().stream().filter(s -> s.points() < Dimension.MAX_POINTS / 2)
                .map(s -> wording.openPoint(s.dimension())).limit(3).toList();
        String second = a.reasons().stream().anyMatch(r -> r.code().name().equals("EXPIRED"))
                ? wording.text("situation.EXPIRED")
                : open.isEmpty() ? wording.text("situation.default")
                : wording.text("situation.open", Map.of("points", wording.list(open)));
        data.put("situation", opening + " " + second);
        data.put("subjectA", wording.text("subject.a", facts));
        data.put("subjectB", wording.text("subject.b", facts));
        return render("exit-draft", data);
    }

    private Map<String, Object> common(Assessment a, DealSnapshot deal) {
        Map<String, Object> data = new HashMap<>();
        List<Reason> reasons = a.reasons();
        data.put("deal", deal.name());
        data.put("score", a.score());
        data.put("status", wording.status(a.status()));
        data.put("parked", a.status() != null && a.status().isSticky());
        data.put("closed", a.status() == Status.CLOSED);
        data.put("consent", wording.consent(a.consent()));
        data.put("expiresOn", wording.date(a.expiry().expiresOn()));
        data.put("nextStep", a.expiry().nextStepOn() == null ? null : wording.date(a.expiry().nextStepOn()));
        data.put("reengageOn", a.reengageOn() == null ? null : wording.date(a.reengageOn()));
        data.put("graceEnds", a.graceEndsOn() == null ? null : wording.date(a.graceEndsOn().minusDays(1)));
        data.put("dimensions", a.scorecard().inOrder().stream().map(this::row).toList());
        // a configured trigger reads well both to the customer and to the rep; the defaults differ
        java.util.Optional<String> trigger = reengagement.triggerFor(deal.pipeline(), reasons);
        data.put("trigger", trigger.orElse(wording.text("trigger.default")));
        data.put("internalTrigger", trigger.orElse(wording.text("trigger.internal")));
        data.put("resource", reengagement.resourceFor(deal.pipeline()).orElse(null));
        return data;
    }

    private Row row(DimensionScore s) {
        return new Row(wording.dimension(s.dimension()), s.points(), wording.evidence(s));
    }

    private String render(String name, Map<String, Object> data) {
        Template t = engine.getTemplate(wording.language() + "/" + name);
        if (t == null) {
            throw new IllegalStateException("no template " + wording.language() + "/" + name);
        }
        return t.data(data).render().strip();
    }
}
