package dev.dealfocus.core.port;

import java.time.Instant;

/**
 * Each occurrence of a scheduled trigger (a cron's fire time, a rollout's start) is run by one replica: the first to
 * claim it. Every replica's scheduler fires; the others find the occurrence claimed and skip it.
 */
public interface TriggerClaims {
    /** Claims {@code occurrence} of {@code trigger} for {@code by}; answers whether this claim was the first. */
    boolean claim(String trigger, String occurrence, String by, Instant at);

    /** Every occurrence is new: the service runs alone. */
    TriggerClaims NONE = (trigger, occurrence, by, at) -> true;
}
