package dev.dealfocus.core.eaters;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Effort read from the CRM, kept per quarter and deal so a report does not read it again. */
public interface EffortStore {
    /** Hours and when they were read. */
    record Stored(BigDecimal hours, Instant readAt) {
    }

    /** What is stored for these deals in this quarter ({@link Quarter#toString()}); deals never stored are absent. */
    Map<String, Stored> stored(String quarter, Collection<String> dealIds);

    /** Stores (or replaces) these deals' hours for the quarter, read at {@code readAt}. */
    void store(String quarter, Map<String, BigDecimal> hours, Instant readAt);
}
