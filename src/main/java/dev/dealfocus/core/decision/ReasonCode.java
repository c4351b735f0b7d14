package dev.dealfocus.core.decision;

import dev.dealfocus.core.scoring.Dimension;

/**
 * Stable reason codes, declared in the fixed order in which reasons are listed (section 12,
 * step 11). QUALIFYING, NO_NEW_EVENT, HUMAN_EDIT and INSUFFICIENT_DATA are not named in that order;
 * they sit after BAND and before the MISSING_* codes.
 */
public enum ReasonCode {
    EXPIRED,
    SIGNALS,
    LOW_VALUE_PER_HOUR,
    BAND,
    QUALIFYING,
    NO_NEW_EVENT,
    HUMAN_EDIT,
    INSUFFICIENT_DATA,
    MISSING_PROBLEM,
    MISSING_DECISION_MAKER,
    MISSING_TIMELINE,
    MISSING_BUDGET,
    MISSING_FIT,
    CLOSE_RECOMMENDED;

    public static ReasonCode missing(Dimension dimension) {
        return valueOf("MISSING_" + dimension.name());
    }
}
