package dev.dealfocus.core.port;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the service asks the adapter to fetch: the deal properties the rules read (mapped answers and
 * evidence, flags, margin, hours, the opt-out checkbox). The adapter adds what it needs for the
 * snapshot's standard fields and DealFocus's own fields, and nothing else.
 */
public record ReadSpec(Set<String> properties) {
    public ReadSpec {
        properties = java.util.Collections.unmodifiableSet(new TreeSet<>(properties));
    }
}
