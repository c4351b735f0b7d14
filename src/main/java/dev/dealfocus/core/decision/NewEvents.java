package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Detects a new event since the last decision (section 12, step 7): a person changed an input,
 * booked a new dated task or meeting, or edited DealFocus's status or the stage by hand.
 */
final class NewEvents {
    /** What happened; {@code hold} is a human edit seen now, or {@code null}. */
    record Seen(boolean inputChanged, boolean newNextStep, HumanHold edit) {
        boolean any() {
            return inputChanged || newNextStep || edit != null;
        }
    }

    private NewEvents() {
    }

    static Seen detect(DealSnapshot deal, PreviousDecision previous, String inputHash, LocalDate today,
                       ZoneId zone, boolean recommendOnly) {
        if (previous == null) {
            return new Seen(false, false, null);
        }
        boolean inputChanged = !inputHash.equals(previous.inputHash());
        Instant lastLook = previous.assessedAt();
        boolean newNextStep = deal.activities().stream()
                .anyMatch(a -> Expiry.isNextStep(a, today, zone) && a.createdAt().isAfter(lastLook));
        Status shown = deal.dealFocus().status();
        // In recommend-only mode DealFocus never writes the status, so the field says nothing about people.
        Status editedStatus = !recommendOnly && shown != null && previous.status() != null && shown != previous.status()
                ? shown : null;
        String editedStage = previous.stage() != null && !Objects.equals(previous.stage(), deal.stage())
                ? deal.stage() : null;
        HumanHold edit = editedStatus == null && editedStage == null ? null : new HumanHold(editedStatus, editedStage, today);
        return new Seen(inputChanged, newNextStep, edit);
    }
}
