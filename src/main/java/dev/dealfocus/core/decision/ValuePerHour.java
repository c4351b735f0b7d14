package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.DealSnapshot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * value per hour = win probability x expected margin / remaining effort hours (domain.md section 5).
 * Missing inputs skip the rule; it is never computed with 0 or infinity.
 */
public final class ValuePerHour {
    private final ValuePolicy policy;

    public ValuePerHour(ValuePolicy policy) {
        this.policy = policy;
    }

    /** The value per hour without a team median, or empty when an input is missing or invalid. */
    public Optional<ValueView> compute(DealSnapshot deal) {
        if (deal.amount() == null) {
            return Optional.empty(); // without an amount there is no currency to compare in
        }
        Optional<BigDecimal> probability = probability(deal);
        Optional<BigDecimal> margin = margin(deal);
        Optional<BigDecimal> hours = hours(deal);
        if (probability.isEmpty() || margin.isEmpty() || hours.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal perHour = probability.get().multiply(margin.get())
                .divide(hours.get(), MathContext.DECIMAL64);
        return Optional.of(new ValueView(probability.get(), margin.get(), hours.get(), perHour,
                deal.amount().currency(), null, 0));
    }

    /** Parks a deal under the configured share of its team's median (125 keeps, 124.99 parks at 250). */
    public boolean isLow(ValueView value, TeamMedians.Median median) {
        return value.perHour().compareTo(median.value().multiply(policy.belowMedianFactor())) < 0;
    }

    private Optional<BigDecimal> probability(DealSnapshot deal) {
        Optional<BigDecimal> p = deal.probability() != null
                ? Optional.of(deal.probability().divide(policy.probabilityScale(), MathContext.DECIMAL64))
                : Optional.ofNullable(deal.stage() == null ? null : policy.stageProbabilities().get(deal.stage()));
        return p.filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0);
    }

    private Optional<BigDecimal> margin(DealSnapshot deal) {
        Optional<BigDecimal> fromProperty = number(deal, policy.marginProperty());
        if (fromProperty.isPresent()) {
            return fromProperty;
        }
        if (policy.marginRate() == null || deal.amount() == null) {
            return Optional.empty();
        }
        return Optional.of(deal.amount().amount().multiply(policy.marginRate()));
    }

    private Optional<BigDecimal> hours(DealSnapshot deal) {
        Optional<BigDecimal> hours = number(deal, policy.hoursProperty());
        if (hours.isEmpty() && deal.stage() != null) {
            hours = Optional.ofNullable(policy.defaultHoursByStage().get(deal.stage()));
        }
        return hours.filter(h -> h.signum() > 0);
    }

    private static Optional<BigDecimal> number(DealSnapshot deal, String property) {
        if (property == null) {
            return Optional.empty();
        }
        try {
            return deal.property(property).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
