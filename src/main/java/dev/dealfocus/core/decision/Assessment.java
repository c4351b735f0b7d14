package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.scoring.Scorecard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result of assessing one deal: score with evidence, status, reasons, value per hour, expiry
 * and the memory the next assessment needs.
 *
 * @param readAt                when the deal was read from the CRM
 * @param status                DealFocus's decision; {@code null} while no rule gives one (insufficient
 *                              data or a young deal's grace on a deal that never had a status, or a status
 *                              field a person cleared)
 * @param statusBefore          what the CRM shows now (in recommend-only mode: the recommendation field)
 * @param rulesStatus           what band and rules alone say, before stickiness and human holds;
 *                              {@code null} with insufficient data
 * @param statusBeforeValueRule the status the team median looks at; {@code null} with insufficient data
 * @param value                 value per hour and team median, or {@code null} when inputs are missing
 * @param newEvent              a new event happened since the last decision
 * @param decidedOn             the day of the decision the status belongs to (see {@link #decisionKey()})
 * @param reengageOn            when a PARKED or CLOSED deal is due its re-engagement check
 * @param hold                  a human edit DealFocus keeps, or {@code null}
 * @param graceEndsOn           the day a young deal's qualification time ends, or {@code null}
 */
public record Assessment(String dealId, String pipeline, String teamKey, Instant assessedAt, Instant readAt,
                         LocalDate assessedOn, Scorecard scorecard, boolean insufficientData, Status status,
                         Status statusBefore, Status rulesStatus, Status statusBeforeValueRule, List<Reason> reasons,
                         ExpiryView expiry, Consent consent, Map<Signal, LocalDate> signalsSince,
                         Set<Signal> persistentSignals, ValueView value, String inputHash, boolean newEvent,
                         LocalDate lastEventOn, LocalDate decidedOn, LocalDate reengageOn, HumanHold hold,
                         LocalDate graceEndsOn) {
    public Assessment {
        reasons = List.copyOf(reasons);
        signalsSince = Map.copyOf(signalsSince);
        persistentSignals = Set.copyOf(persistentSignals);
    }

    static Assessment of(DealSnapshot deal, Facts f, Verdict v, LocalDate decidedOn, LocalDate reengageOn) {
        return new Assessment(deal.id(), deal.pipeline(), deal.teamKey(), f.now(), f.readAt(), f.today(), f.card(),
                f.insufficientData(), v.status(), f.before(), v.rulesStatus(), v.beforeValueRule(), v.sortedReasons(),
                f.expiry(), f.consent(), f.signalsSince(), f.persistent(), v.value(), f.inputHash(), f.seen().any(),
                f.lastEventOn(), decidedOn, reengageOn, v.hold(), f.graceEndsOn());
    }

    public int score() {
        return scorecard.total();
    }

    public boolean statusChanged() {
        return status != null && status != statusBefore;
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }

    /** A young deal that is not parked for its score or missing answers: it gets a "qualify this deal" task. */
    public boolean qualifying() {
        return has(ReasonCode.QUALIFYING);
    }

    /**
     * Names the decision this assessment's status belongs to: the same across runs until the status
     * changes again, so its note and tasks are written once. {@code null} without a status.
     */
    public String decisionKey() {
        return status == null ? null : Keys.of(dealId, "decision", status, decidedOn);
    }

    /** This deal's sample for its team's median, when its value per hour could be computed. */
    public Optional<ValueSample> valueSample() {
        if (value == null || statusBeforeValueRule == null || teamKey == null) {
            return Optional.empty();
        }
        return Optional.of(new ValueSample(dealId, teamKey, value.currency(), value.perHour(), statusBeforeValueRule));
    }

    /**
     * What to remember once the writes are planned or applied.
     *
     * @param shownStatus    the status DealFocus leaves in the CRM's status field ({@code null} in
     *                       recommend-only mode, which never writes it)
     * @param shownStage     the stage the CRM shows after the writes
     * @param statusWritten  whether the CRM shows the decided status after the writes
     */
    public PreviousDecision remembered(Status shownStatus, String shownStage, boolean statusWritten) {
        return new PreviousDecision(shownStatus, shownStage, inputHash, readAt, status, decidedOn,
                status != null && statusWritten, lastEventOn, reengageOn, signalsSince, hold);
    }
}
