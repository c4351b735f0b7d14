package dev.dealfocus.api;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.ExpiryView;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Signal;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.decision.ValueView;
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
 * @param lastApplied   the status and day of the last applied decision, if any
 */
public record AssessmentView(String dealId, String dealName, String pipeline, String ownerId, String team,
                             String leftAlone, Integer score, boolean insufficientData, Status status, Status shownInCrm,
                             Status rulesStatus, List<DimensionScore> dimensions, List<Reason> reasons, ValueView valuePerHour,
                             ExpiryView expiry, Consent consent, List<SignalView> signals, boolean newEvent,
                             HumanHold humanHold, LastApplied lastApplied) {

    /** A present early-warning signal; persistent ones count toward parking. */
    public record SignalView(Signal signal, String description, LocalDate since, boolean persistent) {
    }

    /** The last decision DealFocus applied. */
    public record LastApplied(Status status, Integer score, LocalDate decidedOn, LocalDate assessedOn) {
    }

    static AssessmentView of(DealInspector.Inspection i) {
        Assessment last = i.lastApplied();
        LastApplied lastApplied = last == null ? null
                : new LastApplied(last.status(), last.score(), last.decidedOn(), last.assessedOn());
        Assessment a = i.assessment();
        if (a == null) {
            return new AssessmentView(i.deal().id(), i.deal().name(), i.deal().pipeline(), i.deal().ownerId(),
                    i.deal().teamKey(), i.leftAlone().name(), null, false, null, i.deal().dealFocus().status(), null,
                    List.of(), List.of(), null, null, null, List.of(), false, null, lastApplied);
        }
        List<SignalView> signals = a.signalsSince().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new SignalView(e.getKey(), e.getKey().description(), e.getValue(),
                        a.persistentSignals().contains(e.getKey()))).toList();
        return new AssessmentView(a.dealId(), i.deal().name(), a.pipeline(), i.deal().ownerId(), a.teamKey(), null,
                a.score(), a.insufficientData(), a.status(), i.deal().dealFocus().status(), a.rulesStatus(),
                a.scorecard().inOrder(), a.reasons(), a.value(), a.expiry(), a.consent(), signals, a.newEvent(), a.hold(),
                lastApplied);
    }
}
