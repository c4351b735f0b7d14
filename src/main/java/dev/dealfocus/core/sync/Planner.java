package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an assessment into the writes it implies (section 12, step 9): fields whenever their shown
 * value differs, a note (with exit draft for PARKED and CLOSED) only on a status change, and the
 * follow-up task the status calls for unless DealFocus already has one open on the deal.
 */
public final class Planner {
    private final Policy policy;

    public Planner(Policy policy) {
        this.policy = policy;
    }

    public DealPlan plan(DealSnapshot deal, Assessment a) {
        Map<DealField, String> fields = fields(deal.dealFocus(), a);
        if (policy.recommendOnly() || a.insufficientData() || a.status() == null) {
            return new DealPlan(deal.id(), a, fields, null, null, List.of());
        }
        Status status = a.status();
        String stage = null;
        if (a.statusChanged() && (a.hold() == null || a.hold().stage() == null)) {
            stage = policy.rulesFor(deal.pipeline()).stageFor(status)
                    .filter(s -> !s.equals(deal.stage())).orElse(null);
        }
        NotePlan note = a.statusChanged() ? new NotePlan(a.statusBefore(), status, a.assessedOn(), lastContact(deal),
                withExitDraft(a), a, Keys.of(deal.id(), WrittenKind.NOTE, status, a.decidedOn())) : null;
        return new DealPlan(deal.id(), a, fields, stage, note, tasks(deal, a));
    }

    /** The exit message goes out once: when pursuit stops, not again when a parked deal closes. */
    private static boolean withExitDraft(Assessment a) {
        return a.status().isSticky() && (a.statusBefore() == null || !a.statusBefore().isSticky());
    }

    private Map<DealField, String> fields(DealFocusFields shown, Assessment a) {
        Map<DealField, String> fields = new EnumMap<>(DealField.class);
        putIfChanged(fields, DealField.SCORE, shown.score(), a.score());
        putIfChanged(fields, DealField.REASONS, shown.reasons(), codes(a.reasons()));
        putIfChanged(fields, DealField.EXPIRES_ON, shown.expiresOn(), a.expiry().expiresOn());
        if (a.status() != null && !a.insufficientData()) {
            if (policy.recommendOnly()) {
                putIfChanged(fields, DealField.RECOMMENDED_STATUS, shown.recommendedStatus(), a.status());
            } else {
                putIfChanged(fields, DealField.STATUS, shown.status(), a.status());
            }
        }
        return fields;
    }

    private static void putIfChanged(Map<DealField, String> fields, DealField field, Object shown, Object value) {
        String before = shown == null ? "" : shown.toString();
        String after = value == null ? "" : value.toString();
        if (!before.equals(after)) {
            fields.put(field, after);
        }
    }

    private List<TaskPlan> tasks(DealSnapshot deal, Assessment a) {
        List<TaskPlan> tasks = new ArrayList<>();
        LocalDate today = a.assessedOn();
        boolean noEmail = a.consent().forbidsEmail();
        Status status = a.status();
        if (status.isSticky() && a.statusChanged() && !hasOpen(deal, WrittenKind.REENGAGE_TASK)) {
            tasks.add(new TaskPlan(WrittenKind.REENGAGE_TASK, deal.ownerId(), a.reengageOn(), TaskPriority.MEDIUM, noEmail,
                    Keys.of(deal.id(), WrittenKind.REENGAGE_TASK, status, a.decidedOn())));
        }
        if (status == Status.NURTURE && a.consent().allowsEmail() && !hasOpen(deal, WrittenKind.NURTURE_TASK)) {
            tasks.add(new TaskPlan(WrittenKind.NURTURE_TASK, deal.ownerId(),
                    policy.calendar().due(today, policy.tasks().nurtureDays()), TaskPriority.LOW, false,
                    Keys.of(deal.id(), WrittenKind.NURTURE_TASK, today)));
        }
        if (status == Status.ACTIVE && a.expiry().nextStepOn() == null
                && !hasOpen(deal, WrittenKind.SCHEDULE_NEXT_STEP_TASK)) {
            tasks.add(new TaskPlan(WrittenKind.SCHEDULE_NEXT_STEP_TASK, deal.ownerId(),
                    policy.calendar().due(today, policy.tasks().scheduleNextStepDays()), TaskPriority.HIGH, noEmail,
                    Keys.of(deal.id(), WrittenKind.SCHEDULE_NEXT_STEP_TASK, today)));
        }
        return tasks;
    }

    private static boolean hasOpen(DealSnapshot deal, WrittenKind kind) {
        return deal.activities().stream().anyMatch(a -> a.open() && a.dealFocusKind() == kind);
    }

    private LocalDate lastContact(DealSnapshot deal) {
        return deal.activities().stream()
                .filter(act -> act.type().isContact() && !act.byDealFocus() && !act.open())
                .map(Activity::at)
                .map(at -> LocalDate.ofInstant(at, policy.timeZone()))
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /** The reasons' codes as written into the CRM's reasons field. */
    public static String codes(List<Reason> reasons) {
        return reasons.stream().map(r -> r.code().name()).distinct().collect(Collectors.joining(";"));
    }
}
