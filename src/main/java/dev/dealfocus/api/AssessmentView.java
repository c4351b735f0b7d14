package dev.dealfocus.api;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.ExpiryView;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Signal;
import dev.dealfocus.core.decision.ValueView;
import dev.dealfocus.core.port.StoredDecision;
import dev.dealfocus.core.scoring.DimensionScore;
import dev.dealfocus.core.sync.DealInspector;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal as DealFocus sees it now, every point explained.
 *
 * @param status        the status a run would set now
 * @param shownInCrm    the DealFocus status the CRM shows now
 * @param rulesStatus   what band and rules alone say, before stickiness and human edits
 * @param leftAlone     why the deal is not assessed (left the pipeline, opted out, out of scope, unreadable)
 * @param detail        the CRM's words for a record that could not be read, or {@code null}
 * @param lastApplied   the status and day of the last applied decision, if any
 * @param graceEndsOn   the last day a young deal has to be qualified, or {@code null}
 */
public record AssessmentView(String dealId, String dealName, String pipeline, String ownerId, String team,
                             String leftAlone, String detail, Integer score, boolean insufficientData, Status status,
                             Status shownInCrm, Status rulesStatus, List<DimensionScore> dimensions, List<Reason> reasons,
                             ValueView valuePerHour, ExpiryView expiry, Consent consent, List<SignalView> signals,
                             boolean newEvent, HumanHold humanHold, LocalDate graceEndsOn, LastApplied lastApplied) {

    /** A present early-warning signal; persistent ones count toward parking. */
    public record SignalView(Signal signal, String description, LocalDate since, boolean persistent) {
    }

    /**
     * The last decision DealFocus applied.
     *
     * @param managed whether DealFocus still manages the deal (open, in scope, seen lately)
     */
    public record LastApplied(Status status, Integer score, LocalDate decidedOn, LocalDate assessedOn, boolean managed) {
    }

    static AssessmentView of(DealInspector.Inspection i) {
        StoredDecision last = i.lastApplied();
        LastApplied lastApplied = last == null ? null
                : new LastApplied(last.status(), last.score(), last.decidedOn(), last.assessedOn(), last.managed());
        Assessment a = i.assessment();
        DealSnapshot deal = i.deal();
        if (a == null) {
            return new AssessmentView(i.dealId(), deal == null ? null : deal.name(), deal == null ? null : deal.pipeline(),
                    deal == null ? null : deal.ownerId(), deal == null ? null : deal.teamKey(), i.leftAlone().name(),
                    i.detail(), null, false, null, deal == null ? null : deal.dealFocus().status(), null, List.of(),
                    List.of(), null, null, null, List.of(), false, null, null, lastApplied);
        }
        List<SignalView> signals = a.signalsSince().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new SignalView(e.getKey(), e.getKey().description(), e.getValue(),
                        a.persistentSignals().contains(e.getKey()))).toList();
        return new AssessmentView(a.dealId(), deal.name(), a.pipeline(), deal.ownerId(), a.teamKey(), null, null,
                a.score(), a.insufficientData(), a.status(), deal.dealFocus().status(), a.rulesStatus(),
                a.scorecard().inOrder(), a.reasons(), a.value(), a.expiry(), a.consent(), signals, a.newEvent(), a.hold(),
                a.graceEndsOn() == null ? null : a.graceEndsOn().minusDays(1), lastApplied);
    }
}
