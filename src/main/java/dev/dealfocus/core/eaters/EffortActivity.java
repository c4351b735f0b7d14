package dev.dealfocus.core.eaters;

import java.time.Instant;

/**
 * An activity on a deal as effort: what it was, when, whether it counts (a completed meeting, an outbound
 * email, a completed task; a call that was logged), its real duration where the CRM has one, and whether
 * DealFocus wrote it (never counted).
 *
 * @param durationMinutes the real duration, or null to use the configured minutes of its type
 */
public record EffortActivity(Type type, Instant at, boolean counts, Integer durationMinutes, boolean own) {
    public enum Type { CALL, MEETING, EMAIL, TASK }
}
