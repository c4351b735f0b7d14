package dev.dealfocus.core.customer;

import java.util.List;

/**
 * A customer's light as the signs give it.
 *
 * @param light   the light the signs give, or null when too few signs are known to say (see {@link #unknown()})
 * @param signals every sign, in {@link SignalKind} order, each with its evidence
 */
public record Health(Light light, List<Signal> signals) {
    public Health {
        signals = List.copyOf(signals);
    }

    /** Too few signs known: the customer keeps the light it had, and is reported. */
    public boolean unknown() {
        return light == null;
    }

    public Signal signal(SignalKind kind) {
        return signals.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    /** The signs at a level, in order. */
    public List<SignalKind> at(Signal.Level level) {
        return signals.stream().filter(s -> s.level() == level).map(Signal::kind).toList();
    }
}
