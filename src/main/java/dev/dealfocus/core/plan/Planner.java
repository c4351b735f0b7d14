package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.Reason;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
        if (a.statusChanged()) {
            fields.put(DealField.DECIDED_AT, a.assessedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        String stage = null;
        if (a.statusChanged() && (a.hold() == null || a.hold().stage() == null)) {
            stage = policy.rulesFor(deal.pipeline()).stageFor(a.status())
                    .filter(s -> !s.equals(deal.stage())).orElse(null);
        }
        NotePlan note = a.statusChanged() ? new NotePlan(a.statusBefore(), a.status(), a.assessedOn(), lastContact(deal),
                withExitDraft(a), a, noteKey(deal.id(), a)) : null;
        TaskPlanner.Changes changes = tasks.plan(deal, a);
        // DealFocus's own footprint, by which a CRM's activity roll-ups are told from people's (DealField)
        putIfChanged(fields, deal.dealFocus(), DealField.OWN_TASK_DUE, changes.openDue());
        if (note != null || changes.any()) {
            fields.put(DealField.OWN_ACTIVITY_AT, a.assessedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
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
        putIfChanged(fields, shown, DealField.SCORE, a.score());
        putIfChanged(fields, shown, DealField.REASONS, codes(a.reasons()));
        putIfChanged(fields, shown, DealField.EXPIRES_ON, a.expiry().expiresOn());
        putIfChanged(fields, shown, DealField.VALUE_PER_HOUR, a.value() == null ? null
                : a.value().perHour().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        if (a.status() != null && (!a.insufficientData() || a.qualifying())) {
            putIfChanged(fields, shown, policy.recommendOnly() ? DealField.RECOMMENDED_STATUS : DealField.STATUS, a.status());
        }
        return fields;
    }

    private static void putIfChanged(Map<DealField, String> fields, DealFocusFields shown, DealField field, Object value) {
        String after = value == null ? "" : value.toString();
        if (!shown.shows(field, after)) {
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
