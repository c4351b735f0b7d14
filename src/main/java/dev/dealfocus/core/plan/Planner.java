package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.Reason;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an assessment into the writes it implies (section 12, step 9): fields whenever their shown
 * value differs, a note (with exit draft for PARKED and CLOSED) only on a status change, and the
 * follow-up tasks the status calls for ({@link TaskPlanner}).
 */
public final class Planner {
    private final Policy policy;
    private final TaskPlanner tasks;

    public Planner(Policy policy) {
        this.policy = policy;
        this.tasks = new TaskPlanner(policy);
    }

    public DealPlan plan(DealSnapshot deal, Assessment a) {
        Map<DealField, String> fields = fields(deal.dealFocus(), a);
        if (!decides(a)) {
            // recommend-only, too little data, or a status a person cleared: fields only, tasks left as they are
            return new DealPlan(deal.id(), a, fields, null, null, List.of(), List.of(), List.of());
        }
        String stage = null;
        if (a.statusChanged() && (a.hold() == null || a.hold().stage() == null)) {
            stage = policy.rulesFor(deal.pipeline()).stageFor(a.status())
                    .filter(s -> !s.equals(deal.stage())).orElse(null);
        }
        NotePlan note = a.statusChanged() ? new NotePlan(a.statusBefore(), a.status(), a.assessedOn(), lastContact(deal),
                withExitDraft(a), a, noteKey(deal.id(), a)) : null;
        TaskPlanner.Changes changes = tasks.plan(deal, a);
        return new DealPlan(deal.id(), a, fields, stage, note, changes.creates(), changes.changes(), changes.unassigned());
    }

    /** Whether the assessment decides a status DealFocus acts on (status, note, tasks). */
    private boolean decides(Assessment a) {
        return !policy.recommendOnly() && (a.qualifying() || a.status() != null && !a.insufficientData());
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
        if (a.status() != null && (!a.insufficientData() || a.qualifying())) {
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

    /** The note's idempotency key, kept as it was before decisions had names so older stores never see a second note. */
    private static String noteKey(String dealId, Assessment a) {
        return Keys.of(dealId, WrittenKind.NOTE, a.status(), a.decidedOn());
    }
}
