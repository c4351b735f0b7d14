package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.scoring.Dimension;
import dev.dealfocus.core.scoring.Flags;
import dev.dealfocus.core.scoring.Scorecard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Evaluates the early-warning signals and their persistence (section 12, step 5). */
public final class Signals {
    private final SignalPolicy policy;

    public Signals(SignalPolicy policy) {
        this.policy = policy;
    }

    /** The signals present now, from data and from rep-set flags. */
    public Set<Signal> present(DealSnapshot deal, Scorecard scorecard, ExpiryView expiry, Instant now) {
        Set<Signal> present = EnumSet.noneOf(Signal.class);
        policy.flagProperties().forEach((signal, property) -> {
            if (deal.property(property).map(Flags::isTrue).orElse(false)) {
                present.add(signal);
            }
        });
        if (scorecard.get(Dimension.PROBLEM).points() == 0) {
            present.add(Signal.NO_PROBLEM);
        }
        if (deal.contacts().isEmpty()) {
            present.add(Signal.NO_STABLE_CONTACT);
        }
        if (scorecard.get(Dimension.TIMELINE).points() == 0) {
            present.add(Signal.NO_TIMELINE);
        }
        if (expiry.nextStepOn() == null && outreachSinceLastMeeting(deal, now) >= policy.outreachAttempts()) {
            present.add(Signal.UNANSWERED_OUTREACH);
        }
        return present;
    }

    /** Per present signal, the day since which it has been present without a break. */
    public Map<Signal, LocalDate> since(Set<Signal> present, Map<Signal, LocalDate> before, LocalDate today) {
        Map<Signal, LocalDate> since = new EnumMap<>(Signal.class);
        present.forEach(s -> since.put(s, before.getOrDefault(s, today)));
        return since;
    }

    /** Signals present for at least the configured days (0 = at once). */
    public Set<Signal> persistent(Map<Signal, LocalDate> since, LocalDate today) {
        Set<Signal> persistent = EnumSet.noneOf(Signal.class);
        since.forEach((signal, day) -> {
            if (ChronoUnit.DAYS.between(day, today) >= policy.persistDays()) {
                persistent.add(signal);
            }
        });
        return persistent;
    }

    static long outreachSinceLastMeeting(DealSnapshot deal, Instant now) {
        Instant lastMeeting = deal.activities().stream()
                .filter(a -> a.type() == ActivityType.MEETING && !a.byDealFocus() && !a.at().isAfter(now))
                .map(Activity::at)
                .max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        return deal.activities().stream()
                .filter(a -> a.type().isOutreach() && !a.byDealFocus())
                .filter(a -> a.at().isAfter(lastMeeting) && !a.at().isAfter(now))
                .count();
    }
}
