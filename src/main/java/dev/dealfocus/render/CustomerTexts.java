package dev.dealfocus.render;

import dev.dealfocus.core.customer.CustomerAction;
import dev.dealfocus.core.customer.CustomerDecision;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.Goal;
import dev.dealfocus.core.customer.HealthPolicy;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.customer.Remediation;
import dev.dealfocus.core.customer.Signal;
import dev.dealfocus.core.port.CrmCapabilities;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's notes and tasks in the configured language (templates {@code customer-*.txt}), in the CRM's format
 * and within its limits: the signs with their evidence, the goals with their dates (and, once measured, how each
 * stands), the handover plan and the draft announcement of an orderly exit. The first line is the subject.
 */
public final class CustomerTexts {
    /** A subject and a body; a note is written as {@link #full()}. */
    public record Text(String subject, String body) {
        public String full() {
            return subject + "\n" + body;
        }
    }

    private final Engine engine;
    private final Wording wording;
    private final CrmCapabilities crm;
    private final HealthPolicy policy;
    private final int cadenceDays;

    public CustomerTexts(Engine engine, Wording wording, CrmCapabilities crm, HealthPolicy policy, int cadenceDays) {
        this.engine = engine;
        this.wording = wording;
        this.crm = crm;
        this.policy = policy;
        this.cadenceDays = cadenceDays;
    }

    public Text render(CustomerAction action, String name, CustomerDecision d, LocalDate today) {
        LocalDate since = d.episodeStart() != null ? d.episodeStart() : today;
        Remediation r = d.remediation();
        Map<String, Object> data = new HashMap<>();
        data.put("name", name == null ? d.customerId() : name);
        data.put("light", d.light() == null ? "-" : wording.text("customer.light." + d.light().name()));
        data.put("since", wording.date(r != null && action.kind() != CustomerAction.Kind.SIGNS_NOTE
                && action.kind() != CustomerAction.Kind.REVIEW_MEETING_TASK ? r.startedOn() : since));
        data.put("today", wording.date(today));
        data.put("cadence", cadenceDays);
        data.put("due", action.due() == null ? "" : wording.date(action.due()));
        data.put("cycle", action.due() == null ? 1 : ChronoUnit.DAYS.between(since, action.due()) / cadenceDays);
        data.put("signs", d.health().signals().stream().map(this::sign).toList());
        data.put("red", d.health().signals().stream().filter(s -> s.level() == Signal.Level.RED).map(this::sign).toList());
        boolean measured = r != null && r.outcome() != null;
        data.put("goals", r == null ? List.of() : r.goals().stream().map(g -> goal(g, measured ? d : null)).toList());
        data.put("mid", r == null ? "" : wording.date(r.midReviewOn()));
        data.put("end", r == null ? "" : wording.date(r.endReviewOn()));
        data.put("unmet", r == null ? List.of() : r.goals().stream().filter(g -> CustomerDecisions.result(g, d.health()) == Goal.Result.UNMET)
                .map(g -> goal(g, null)).toList());
        data.put("partner", wording.text("customer.handover.partner"));
        data.put("selfService", wording.text("customer.handover.selfService"));
        data.put("dataExport", wording.text("customer.handover.dataExport"));
        String text = render(template(action.kind()), data);
        int newline = text.indexOf('\n');
        String subject = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        int max = action.due() == null ? crm.maxNoteChars() : crm.maxTaskChars();
        return new Text(CrmText.subject(subject), CrmText.body(body, crm.textFormat(), max - CrmText.MAX_SUBJECT - 1));
    }

    private static String template(CustomerAction.Kind kind) {
        return switch (kind) {
            case SIGNS_NOTE -> "customer-signs-note";
            case REVIEW_MEETING_TASK -> "customer-review-task";
            case REMEDIATION_NOTE -> "customer-remediation-note";
            case MID_REVIEW_TASK -> "customer-review-mid";
            case END_REVIEW_TASK -> "customer-review-end";
            case SUCCESS_NOTE -> "customer-success-note";
            case EXIT_NOTE -> "customer-exit-note";
            case EXIT_TASK -> "customer-exit-task";
            case UNMEASURED_NOTE -> "customer-unmeasured-note";
        };
    }

    /** A sign as a sentence, dates in the language's format. */
    String sign(Signal s) {
        Map<String, String> values = new HashMap<>(s.evidence());
        values.replaceAll((k, v) -> v.matches("\\d{4}-\\d{2}-\\d{2}") ? wording.date(LocalDate.parse(v)) : v);
        return wording.text("customer.signal." + s.kind().name() + "." + s.level().name(), values);
    }

    /** A goal as a sentence, with how it stands where it was measured. */
    String goal(Goal g, CustomerDecision measuredBy) {
        String sentence = wording.text("customer.goal." + g.code().name(), Map.of("by", wording.date(g.by()),
                "n", String.valueOf(policy.changeRequestsYellow())));
        return measuredBy == null ? sentence
                : sentence + " (" + wording.text("customer.goal.result." + CustomerDecisions.result(g, measuredBy.health()).name()) + ")";
    }

    private String render(String name, Map<String, Object> data) {
        Template t = engine.getTemplate(wording.language() + "/" + name);
        if (t == null) {
            throw new IllegalStateException("no template " + wording.language() + "/" + name);
        }
        return t.data(data).render().strip();
    }

    /** The light in words. */
    public String light(Light light) {
        return wording.text("customer.light." + light.name());
    }
}
