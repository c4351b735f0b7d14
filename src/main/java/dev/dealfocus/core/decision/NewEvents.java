package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Detects a new event since the last decision (section 12, step 7): a person changed an input,
 * booked a new dated task or meeting, or edited (or cleared) DealFocus's status or the stage by hand.
 */
final class NewEvents {
    /** What happened; {@code edit} is a human edit seen now, or {@code null}. */
    record Seen(boolean inputChanged, boolean newNextStep, HumanHold edit) {
        static final Seen NOTHING = new Seen(false, false, null);

        boolean any() {
            return inputChanged || newNextStep || edit != null;
        }
    }

    private NewEvents() {
    }

    static Seen detect(DealSnapshot deal, PreviousDecision previous, String inputHash, LocalDate today,
                       ZoneId zone, boolean recommendOnly) {
        if (previous == null) {
            return Seen.NOTHING;
        }
        boolean inputChanged = !inputHash.equals(previous.inputHash());
        // new relative to when the deal was last read, not to when that run finished assessing
        boolean newNextStep = deal.activities().stream()
                .anyMatch(a -> Expiry.isNextStep(a, today, zone) && a.createdAt().isAfter(previous.readAt()));
        HumanHold edit = edit(deal, previous, today, recommendOnly);
        return new Seen(inputChanged, newNextStep, edit);
    }

    private static HumanHold edit(DealSnapshot deal, PreviousDecision previous, LocalDate today, boolean recommendOnly) {
        // In recommend-only mode DealFocus never writes the status, so the field says nothing about people;
        // and only a change from what DealFocus itself left there is a person's edit.
        Status shown = deal.dealFocus().status();
        boolean statusEdited = !recommendOnly && previous.status() != null && shown != previous.status();
        String editedStage = previous.stage() != null && !Objects.equals(previous.stage(), deal.stage())
                ? deal.stage() : null;
        if (!statusEdited && editedStage == null) {
            return null;
        }
        return new HumanHold(statusEdited ? shown : null, statusEdited && shown == null, editedStage, today);
    }
}
