package dev.dealfocus.core.customer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a customer's light from its signs (issue 14, item 2): RED on any RED sign, else YELLOW on any YELLOW
 * sign, else GREEN only when at least usage and payment are known and fine; with usage or payment unknown and
 * nothing wrong, the light is unknown (the customer keeps its light and is reported). A sign without data is
 * unknown, never fine.
 */
public final class HealthRules {
    private final HealthPolicy policy;

    public HealthRules(HealthPolicy policy) {
        this.policy = policy;
    }

    public Health judge(CustomerFacts c, LocalDate today) {
        List<Signal> signals = new ArrayList<>();
        signals.add(usage(c, today));
        signals.add(payment(c, today));
        signals.add(count(SignalKind.ESCALATIONS, c.escalations(), n -> n >= 1 ? Signal.Level.RED : Signal.Level.FINE));
        signals.add(count(SignalKind.CHANGE_REQUESTS, c.changeRequests(),
                n -> n >= policy.changeRequestsYellow() ? Signal.Level.YELLOW : Signal.Level.FINE));
        signals.add(count(SignalKind.DELAYS, c.delays(), n -> n >= 1 ? Signal.Level.YELLOW : Signal.Level.FINE));
        Health partial = new Health(Light.GREEN, signals);
        Light light;
        if (!partial.at(Signal.Level.RED).isEmpty()) {
            light = Light.RED;
        } else if (!partial.at(Signal.Level.YELLOW).isEmpty()) {
            light = Light.YELLOW;
        } else if (partial.signal(SignalKind.USAGE).level() == Signal.Level.FINE
                && partial.signal(SignalKind.PAYMENT).level() == Signal.Level.FINE) {
            light = Light.GREEN;
        } else {
            light = null;
        }
        return new Health(light, signals);
    }

    private Signal usage(CustomerFacts c, LocalDate today) {
        if (c.lastUsedOn() != null) {
            long days = ChronoUnit.DAYS.between(c.lastUsedOn(), today);
            return new Signal(SignalKind.USAGE, days > policy.usageRedDays() ? Signal.Level.RED : Signal.Level.FINE,
                    Map.of("lastUsedOn", c.lastUsedOn().toString(), "days", String.valueOf(days)));
        }
        if (c.usageScore() != null && policy.usageScoreMin() != null) {
            return new Signal(SignalKind.USAGE, c.usageScore().compareTo(policy.usageScoreMin()) < 0 ? Signal.Level.RED
                    : Signal.Level.FINE, Map.of("score", c.usageScore().toPlainString(), "min", policy.usageScoreMin().toPlainString()));
        }
        return new Signal(SignalKind.USAGE, Signal.Level.UNKNOWN, Map.of());
    }

    /** Days overdue from the due date, so the sign never goes stale: 1-30 YELLOW, 31 and more RED (defaults). */
    private Signal payment(CustomerFacts c, LocalDate today) {
        if (!c.paymentKnown()) {
            return new Signal(SignalKind.PAYMENT, Signal.Level.UNKNOWN, Map.of());
        }
        if (c.oldestUnpaidDue() == null || !c.oldestUnpaidDue().isBefore(today)) {
            return new Signal(SignalKind.PAYMENT, Signal.Level.FINE,
                    c.oldestUnpaidDue() == null ? Map.of() : Map.of("due", c.oldestUnpaidDue().toString(), "days", "0"));
        }
        long days = ChronoUnit.DAYS.between(c.oldestUnpaidDue(), today);
        return new Signal(SignalKind.PAYMENT, days > policy.overdueRedDays() ? Signal.Level.RED : Signal.Level.YELLOW,
                Map.of("due", c.oldestUnpaidDue().toString(), "days", String.valueOf(days)));
    }

    private static Signal count(SignalKind kind, Integer n, java.util.function.IntFunction<Signal.Level> level) {
        return n == null ? new Signal(kind, Signal.Level.UNKNOWN, Map.of())
                : new Signal(kind, level.apply(n), Map.of("count", String.valueOf(n)));
    }
}
