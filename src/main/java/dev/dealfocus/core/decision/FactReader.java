package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.scoring.Scorecard;
import dev.dealfocus.core.scoring.Scorer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** Reads the {@link Facts} of a deal: score, consent, new events, expiry, signals, value per hour, age. */
final class FactReader {
    private final Policy policy;
    private final Scorer scorer;
    private final Signals signals;
    private final ValuePerHour valuePerHour;

    FactReader(Policy policy) {
        this.policy = policy;
        this.scorer = new Scorer(policy.dimensions());
        this.signals = new Signals(policy.signals());
        this.valuePerHour = new ValuePerHour(policy.value());
    }

    Facts read(DealSnapshot deal, Instant readAt, PreviousDecision previous, Instant now) {
        ZoneId zone = policy.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Scorecard card = scorer.score(deal, today);
        Consent consent = Consent.leastPermissive(deal.contacts().stream().map(Contact::consent).toList());
        String hash = InputHash.of(deal, policy.inputProperties());
        NewEvents.Seen seen = NewEvents.detect(deal, previous, hash, today, zone, policy.recommendOnly());
        LocalDate lastEventOn = seen.any() ? today : previous == null ? null : previous.lastEventOn();
        ExpiryView expiry = Expiry.of(deal, today, zone, lastEventOn, policy.rulesFor(deal.pipeline()).expiry());
        Set<Signal> present = signals.present(deal, card, expiry, now);
        Map<Signal, LocalDate> since = signals.since(present, previous == null ? Map.of() : previous.signalsSince(), today);
        return new Facts(deal.id(), now, today, readAt, card, consent, hash, seen, lastEventOn, expiry, since,
                signals.persistent(since, today), before(deal), valuePerHour.compute(deal).orElse(null),
                graceEndsOn(deal, today, zone));
    }

    /** The status before is what the CRM shows now, never something remembered (issue 7, item 3). */
    private Status before(DealSnapshot deal) {
        return policy.recommendOnly() ? deal.dealFocus().recommendedStatus() : deal.dealFocus().status();
    }

    private LocalDate graceEndsOn(DealSnapshot deal, LocalDate today, ZoneId zone) {
        LocalDate ends = deal.createdAt().atZone(zone).toLocalDate().plusDays(policy.graceDays());
        return today.isBefore(ends) ? ends : null;
    }
}
