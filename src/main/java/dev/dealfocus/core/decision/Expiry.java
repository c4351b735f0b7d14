package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
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
        LocalDate nextStep = deal.activities().stream()
                .filter(a -> isNextStep(a, today, zone))
                .map(a -> day(a, zone))
                .min(Comparator.naturalOrder())
                .orElse(null);
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
        LocalDate lastKeptDay = anchor.plusDays(rule.days());
        boolean expired = nextStep == null && today.isAfter(lastKeptDay);
        return new ExpiryView(anchor, nextStep, nextStep != null ? nextStep : lastKeptDay, expired);
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
