package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * "No next step in the calendar = park" (section 12, step 4). DealFocus's own tasks and notes are
 * ignored: its re-engagement task 90 days out would otherwise look like a next step.
 */
public final class Expiry {
    private Expiry() {
    }

    public static ExpiryView of(DealSnapshot deal, LocalDate today, ZoneId zone, LocalDate lastEventOn, ExpiryRule rule) {
        List<LocalDate> nextSteps = deal.activities().stream()
                .filter(a -> isNextStep(a, today, zone))
                .map(a -> day(a, zone))
                .sorted()
                .toList();
        LocalDate lastTouch = deal.activities().stream()
                .filter(a -> !a.byDealFocus())
                .map(a -> day(a, zone))
                .filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder())
                .orElse(null);
        LocalDate anchor = Stream.of(deal.createdAt().atZone(zone).toLocalDate(), lastTouch, lastEventOn)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        if (!nextSteps.isEmpty()) {
            // once the last booked step has passed, the deal counts its quiet days from it
            LocalDate latest = nextSteps.get(nextSteps.size() - 1);
            return new ExpiryView(anchor, nextSteps.get(0), latest.plusDays(rule.days()), false);
        }
        LocalDate lastKeptDay = anchor.plusDays(rule.days());
        return new ExpiryView(anchor, null, lastKeptDay, today.isAfter(lastKeptDay));
    }

    /** An open task or meeting a person created, dated today or later; an overdue one does not count. */
    public static boolean isNextStep(Activity activity, LocalDate today, ZoneId zone) {
        return activity.type().canBeNextStep() && activity.open() && !activity.byDealFocus()
                && !day(activity, zone).isBefore(today);
    }

    static LocalDate day(Activity activity, ZoneId zone) {
        return activity.at().atZone(zone).toLocalDate();
    }
}
