package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.Status;
import java.time.Instant;
import java.util.Objects;

/**
 * A write stored before it is sent (write-ahead), then with its result. Its key is unique: two actors
 * can never both send the same write, and a note or task once applied is never sent again.
 *
 * @param decisionKey  the decision the write belongs to, or {@code null} for writes kept from before
 *                     decisions had names
 * @param forStatus    the deal's status when the write was planned
 * @param setsStatus   the status a field write sets, or {@code null}
 * @param statusBefore what the CRM's status field showed before a field write
 * @param stageBefore  the stage the CRM showed before a field write
 * @param attempts     how often it was sent
 * @param since        when it reached its state (sent, for one being sent), or {@code null} for one not stored yet
 */
public record Intent(CrmWrite write, String decisionKey, Status forStatus, Status setsStatus, Status statusBefore,
                     String stageBefore, State state, int attempts, String lastError, String runId, Instant since) {
    /** Where a write stands. */
    public enum State {
        /** Stored, not sent yet. */
        PLANNED,
        /** Sent; no answer yet, or the answer was lost. */
        SENDING,
        APPLIED,
        /** Not applied for a passing reason: a note or task is sent again while its decision stands. */
        FAILED,
        /** Not applied and would not be as it is: tried again only at full scans, a few times. */
        REFUSED,
        /** No longer what the deal needs: its decision moved on, or the values are planned afresh. */
        ABANDONED
    }

    public Intent {
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(state, "state");
    }

    public String key() {
        return write.key();
    }

    public String dealId() {
        return write.dealId();
    }

    /**
     * Whether a write keyed once per period (a review, a customer's note) is still owed: never stored, or failed for a
     * passing reason. Applied, being sent or refused: not planned again.
     */
    public static boolean stillOwed(State state) {
        return state == null || state == State.FAILED;
    }

    /** A new intent for a planned write. */
    public static Intent planned(CrmWrite write, String decisionKey, Status forStatus, Status setsStatus,
                                 Status statusBefore, String stageBefore, String runId) {
        return new Intent(write, decisionKey, forStatus, setsStatus, statusBefore, stageBefore, State.PLANNED, 0, null,
                runId, null);
    }
}
