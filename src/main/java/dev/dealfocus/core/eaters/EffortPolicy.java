package dev.dealfocus.core.eaters;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How effort is counted (dealfocus.time-eaters.*): minutes per activity type where the CRM has no real
 * duration, or the increase of an hours-spent property over the quarter where a team tracks effort there.
 *
 * @param minutes            minutes per type: CALL 15, MEETING 60, EMAIL 5, TASK 10 by default
 * @param hoursSpentProperty a deal property of hours spent so far, or null
 */
public record EffortPolicy(Map<EffortActivity.Type, Integer> minutes, String hoursSpentProperty) {
    public static final EffortPolicy DEFAULT = new EffortPolicy(Map.of(EffortActivity.Type.CALL, 15, EffortActivity.Type.MEETING, 60,
            EffortActivity.Type.EMAIL, 5, EffortActivity.Type.TASK, 10), null);

    public EffortPolicy {
        minutes = Map.copyOf(minutes);
        for (EffortActivity.Type t : EffortActivity.Type.values()) {
            if (!minutes.containsKey(t) || minutes.get(t) < 0) {
                throw new IllegalArgumentException("minutes for " + t + " must be 0 or more");
            }
        }
    }

    BigDecimal minutesOf(EffortActivity.Type type) {
        return BigDecimal.valueOf(minutes.get(type));
    }
}
