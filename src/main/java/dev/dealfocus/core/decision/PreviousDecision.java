package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What DealFocus remembers of its last assessment of a deal: the memory that stickiness, signal
 * persistence, human-edit detection and "one decision, one note" need.
 *
 * @param status          the status DealFocus left in the CRM's status field after its writes, or
 *                        {@code null} (none yet, or recommend-only mode, which never writes it)
 * @param stage           the stage the CRM showed after DealFocus's writes
 * @param inputHash       hash of the rules' inputs ({@link InputHash})
 * @param readAt          when the deal was read: dated tasks and meetings created after it are new
 * @param decidedStatus   the status of DealFocus's latest decision, or {@code null}
 * @param decidedOn       the day of that decision; with the status it names the decision, whose note
 *                        and tasks are written once however often its writes are retried
 * @param decisionWritten whether the CRM showed the decided status after the writes; a decision whose
 *                        status write failed is retried under the same name the next day
 * @param lastEventOn     the day of the last new event, or {@code null}
 * @param reengageOn      the re-engagement date set when the deal was parked or closed, or {@code null}
 * @param signalsSince    per present signal, the day since which it has been present continuously
 * @param hold            a human edit DealFocus keeps, or {@code null}
 */
public record PreviousDecision(Status status, String stage, String inputHash, Instant readAt, Status decidedStatus,
                               LocalDate decidedOn, boolean decisionWritten, LocalDate lastEventOn,
                               LocalDate reengageOn, Map<Signal, LocalDate> signalsSince, HumanHold hold) {
    public PreviousDecision {
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(readAt, "readAt");
        signalsSince = signalsSince == null ? Map.of() : Map.copyOf(signalsSince);
    }

    /**
     * The same memory with what the CRM really shows after a field write that did not go through. The
     * status DealFocus left there stays empty where it never writes one (recommend-only mode).
     */
    public PreviousDecision notWritten(Status shownStatus, String shownStage) {
        return new PreviousDecision(status == null ? null : shownStatus, shownStage, inputHash, readAt, decidedStatus,
                decidedOn, false, lastEventOn, reengageOn, signalsSince, hold);
    }
}
