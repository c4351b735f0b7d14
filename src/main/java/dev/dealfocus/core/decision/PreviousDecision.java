package dev.dealfocus.core.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What DealFocus stored after its last assessment of a deal: the memory that stickiness, signal
 * persistence and human-edit detection need.
 *
 * @param status       the status the CRM showed after DealFocus's writes, or {@code null} if none yet
 * @param stage        the stage the CRM showed after DealFocus's writes
 * @param inputHash    hash of the rules' inputs ({@link InputHash})
 * @param decidedOn    the day the status last changed
 * @param assessedAt   when the deal was last assessed: tasks created after it are new
 * @param lastEventOn  the day of the last new event, or {@code null}
 * @param reengageOn   the re-engagement date set when the deal was parked or closed, or {@code null}
 * @param signalsSince per present signal, the day since which it has been present continuously
 * @param hold         a human edit DealFocus keeps, or {@code null}
 */
public record PreviousDecision(Status status, String stage, String inputHash, LocalDate decidedOn,
                               Instant assessedAt, LocalDate lastEventOn, LocalDate reengageOn,
                               Map<Signal, LocalDate> signalsSince, HumanHold hold) {
    public PreviousDecision {
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(assessedAt, "assessedAt");
        signalsSince = signalsSince == null ? Map.of() : Map.copyOf(signalsSince);
    }
}
