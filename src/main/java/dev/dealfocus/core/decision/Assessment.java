package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Consent;
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
 * @param status                DealFocus's decision; {@code null} only with insufficient data on a
 *                              deal that never had a status
 * @param statusBefore          what the CRM showed before (in recommend-only mode: the last recommendation)
 * @param rulesStatus           what band and rules alone say, before stickiness and human holds;
 *                              {@code null} with insufficient data
 * @param statusBeforeValueRule the status the team median looks at; {@code null} with insufficient data
 * @param value                 value per hour and team median, or {@code null} when inputs are missing
 * @param newEvent              a new event happened since the last decision
 * @param decidedOn             the day the status last changed
 * @param reengageOn            when a PARKED or CLOSED deal is due its re-engagement check
 * @param hold                  a human edit DealFocus keeps, or {@code null}
 */
public record Assessment(String dealId, String pipeline, String teamKey, Instant assessedAt, LocalDate assessedOn,
                         Scorecard scorecard, boolean insufficientData, Status status, Status statusBefore,
                         Status rulesStatus, Status statusBeforeValueRule, List<Reason> reasons,
                         ExpiryView expiry, Consent consent, Map<Signal, LocalDate> signalsSince,
                         Set<Signal> persistentSignals, ValueView value, String inputHash, boolean newEvent,
                         LocalDate lastEventOn, LocalDate decidedOn, LocalDate reengageOn, HumanHold hold) {
    public Assessment {
        reasons = List.copyOf(reasons);
        signalsSince = Map.copyOf(signalsSince);
        persistentSignals = Set.copyOf(persistentSignals);
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

    /** This deal's sample for its team's median, when its value per hour could be computed. */
    public Optional<ValueSample> valueSample() {
        if (value == null || statusBeforeValueRule == null) {
            return Optional.empty();
        }
        return Optional.of(new ValueSample(dealId, teamKey, value.currency(), value.perHour(), statusBeforeValueRule));
    }

    /**
     * What to remember once the writes are applied.
     *
     * @param shownStatus the status the CRM shows after the writes (the old one if the write failed)
     * @param shownStage  the stage the CRM shows after the writes
     */
    public PreviousDecision remembered(Status shownStatus, String shownStage) {
        return new PreviousDecision(shownStatus, shownStage, inputHash, decidedOn, assessedAt, lastEventOn,
                reengageOn, signalsSince, hold);
    }
}
