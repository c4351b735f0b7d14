package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.CrmState;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.scoring.Flags;
import dev.dealfocus.core.scoring.Scorecard;
import dev.dealfocus.core.scoring.Scorer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md section 12 as one pure function: a deal snapshot, its previous decision and the team
 * medians in, an {@link Assessment} out. Two runs over the same input reach the same status.
 */
public final class DealAssessor {
    private final Policy policy;
    private final Clock clock;
    private final Scorer scorer;
    private final Signals signals;
    private final ValuePerHour valuePerHour;

    public DealAssessor(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.scorer = new Scorer(policy.dimensions());
        this.signals = new Signals(policy.signals());
        this.valuePerHour = new ValuePerHour(policy.value());
    }

    /** Step 1: why the deal is left alone, or empty when it is to be assessed. */
    public Optional<LeftAlone> leftAlone(DealSnapshot deal) {
        ScopePolicy scope = policy.scope();
        if (deal.crmState() != CrmState.OPEN) {
            return Optional.of(switch (deal.crmState()) {
                case CLOSED -> LeftAlone.CLOSED_IN_CRM;
                case DELETED -> LeftAlone.DELETED_IN_CRM;
                default -> LeftAlone.MERGED_IN_CRM;
            });
        }
        if (deal.property(scope.optOutProperty()).map(Flags::isTrue).orElse(false)) {
            return Optional.of(LeftAlone.OPTED_OUT);
        }
        if (!scope.pipelines().isEmpty() && !scope.pipelines().contains(deal.pipeline())) {
            return Optional.of(LeftAlone.PIPELINE_NOT_IN_SCOPE);
        }
        if (!scope.owners().isEmpty() && !scope.owners().contains(deal.ownerId())) {
            return Optional.of(LeftAlone.OWNER_NOT_IN_SCOPE);
        }
        if (!scope.teams().isEmpty() && (deal.teamId() == null || !scope.teams().contains(deal.teamId()))) {
            return Optional.of(LeftAlone.TEAM_NOT_IN_SCOPE);
        }
        return Optional.empty();
    }

    /** Steps 2-8 and 10-11 for one deal in scope; {@code previous} is {@code null} for a new deal. */
    public Assessment assess(DealSnapshot deal, PreviousDecision previous, TeamMedians medians) {
        Instant now = clock.instant();
        ZoneId zone = policy.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        PipelineRules rules = policy.rulesFor(deal.pipeline());
        Scorecard card = scorer.score(deal, today);
        Consent consent = Consent.leastPermissive(deal.contacts().stream().map(Contact::consent).toList());
        String hash = InputHash.of(deal);
        NewEvents.Seen seen = NewEvents.detect(deal, previous, hash, today, zone, policy.recommendOnly());
        LocalDate lastEventOn = seen.any() ? today : previous == null ? null : previous.lastEventOn();
        ExpiryView expiry = Expiry.of(deal, today, zone, lastEventOn, rules.expiry());
        Set<Signal> present = signals.present(deal, card, expiry, now);
        Map<Signal, LocalDate> since = signals.since(present, previous == null ? Map.of() : previous.signalsSince(), today);
        Set<Signal> persistent = signals.persistent(since, today);
        Status before = statusBefore(deal, previous);
        Optional<ValueView> value = valuePerHour.compute(deal);
        HumanHold hold = seen.edit() != null ? seen.edit() : previous == null ? null : previous.hold();

        Decision decision = new Decision();
        if (card.knownCount() < 3) {
            decision.add(ReasonTexts.insufficient(card.knownCount()));
            decision.status = before;
        } else {
            decideByRules(decision, card.total(), rules, expiry, persistent, seen, before, previous, today);
            value = value.map(v -> applyValueRule(decision, v, medians.lookup(deal.teamKey(), v.currency())));
            if (decision.heldSince != null && before.compareTo(decision.rulesStatus) < 0) {
                // only when stickiness is what keeps the deal down, not when the value rule parks it anyway
                decision.add(ReasonTexts.noNewEvent(before, decision.heldSince));
            }
            if (hold != null && seen.edit() == null && (seen.any() || expiry.expired())) {
                hold = null; // a later event or a lapse of the expiry days ends what a person set
            }
            if (hold != null && hold.status() != null) {
                decision.add(ReasonTexts.humanEdit(hold, decision.status));
                decision.status = hold.status();
            }
        }
        card.inOrder().stream().filter(s -> !s.known()).map(ReasonTexts::missing).forEach(decision::add);

        boolean changed = decision.status != null && decision.status != before;
        LocalDate decidedOn = changed || previous == null ? today : previous.decidedOn();
        LocalDate reengageOn = null;
        if (decision.status != null && decision.status.isSticky()) {
            reengageOn = changed || previous == null || previous.reengageOn() == null
                    ? policy.calendar().due(today, policy.tasks().reengageDays()) : previous.reengageOn();
        }
        return new Assessment(deal.id(), deal.pipeline(), deal.teamKey(), now, today, card, card.knownCount() < 3,
                decision.status, before, decision.rulesStatus, decision.beforeValueRule, decision.sortedReasons(),
                expiry, consent, since, persistent, value.orElse(null), hash, seen.any(), lastEventOn,
                decidedOn, reengageOn, hold);
    }

    private void decideByRules(Decision decision, int score, PipelineRules rules, ExpiryView expiry,
                               Set<Signal> persistent, NewEvents.Seen seen, Status before,
                               PreviousDecision previous, LocalDate today) {
        Status band = rules.bands().statusFor(score);
        Status byRules = band;
        if (band != Status.ACTIVE) {
            decision.add(ReasonTexts.band(score, band, rules.bands()));
        }
        if (expiry.expired()) {
            decision.add(ReasonTexts.expired(expiry, rules.expiry().days()));
            boolean close = rules.expiry().action() == ExpiryAction.CLOSE;
            if (close && !policy.autoClose()) {
                decision.add(ReasonTexts.closeExpired());
            }
            byRules = Status.lowest(byRules, close && policy.autoClose() ? Status.CLOSED : Status.PARKED);
        }
        if (persistent.size() >= policy.signals().minPersistent()) {
            decision.add(ReasonTexts.signals(persistent));
            byRules = Status.lowest(byRules, Status.PARKED);
        }
        Status status = byRules;
        boolean sticky = before != null && before.isSticky() && !seen.any();
        if (sticky && before.compareTo(byRules) < 0) {
            decision.heldSince = previous == null ? today : previous.decidedOn();
            status = before;
        }
        if (sticky && status == Status.PARKED && before == Status.PARKED && previous != null
                && previous.reengageOn() != null && today.isAfter(previous.reengageOn())) {
            if (policy.autoClose()) {
                decision.add(ReasonTexts.closedAfterReengage(previous.decidedOn(), previous.reengageOn()));
                status = Status.CLOSED;
            } else {
                decision.add(ReasonTexts.closeAfterReengage(previous.reengageOn()));
            }
        }
        decision.rulesStatus = byRules;
        decision.beforeValueRule = status;
        decision.status = status;
    }

    private ValueView applyValueRule(Decision decision, ValueView value, Optional<TeamMedians.Median> median) {
        if (median.isEmpty()) {
            return value;
        }
        ValueView compared = new ValueView(value.probability(), value.margin(), value.hours(), value.perHour(),
                value.currency(), median.get().value(), median.get().deals());
        if (valuePerHour.isLow(value, median.get())) {
            decision.add(ReasonTexts.lowValue(compared, policy.value().belowMedianFactor()));
            decision.rulesStatus = Status.lowest(decision.rulesStatus, Status.PARKED);
            decision.status = Status.lowest(decision.status, Status.PARKED);
        }
        return compared;
    }

    private Status statusBefore(DealSnapshot deal, PreviousDecision previous) {
        Status remembered = previous == null ? null : previous.status();
        if (policy.recommendOnly()) {
            return remembered;
        }
        return deal.dealFocus().status() != null ? deal.dealFocus().status() : remembered;
    }

    /** The decision as it is built up, step by step. */
    private static final class Decision {
        private final List<Reason> reasons = new java.util.ArrayList<>();
        private Status status;
        private Status rulesStatus;
        private Status beforeValueRule;
        private LocalDate heldSince;

        void add(Reason reason) {
            reasons.add(reason);
        }

        List<Reason> sortedReasons() {
            return reasons.stream().sorted(Comparator.comparing(Reason::code)).toList();
        }
    }
}
