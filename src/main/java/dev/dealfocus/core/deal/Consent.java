package dev.dealfocus.core.deal;

import java.util.Collection;

/**
 * Email consent of a contact, ordered from least to most permissive. A deal's consent is the least
 * permissive of its contacts' (domain.md section 12, step 10).
 */
public enum Consent {
    OPTED_OUT, PAUSED, UNKNOWN, OPTED_IN;

    /** The least permissive value; no contacts at all means UNKNOWN. */
    public static Consent leastPermissive(Collection<Consent> values) {
        return values.stream().min(Enum::compareTo).orElse(UNKNOWN);
    }

    /** Nurture emails need explicit consent. */
    public boolean allowsEmail() {
        return this == OPTED_IN;
    }

    /** An opt-out or pause wish: not even an exit email is suggested, a call or review instead. */
    public boolean forbidsEmail() {
        return this == OPTED_OUT || this == PAUSED;
    }
}
