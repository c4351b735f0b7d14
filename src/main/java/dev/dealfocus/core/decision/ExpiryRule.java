package dev.dealfocus.core.decision;

import java.util.Objects;

/** Days without a dated next step after which a deal expires, and what then happens. */
public record ExpiryRule(int days, ExpiryAction action) {
    public static final ExpiryRule DEFAULT = new ExpiryRule(30, ExpiryAction.PARK);

    public ExpiryRule {
        Objects.requireNonNull(action, "action");
        if (days < 1) {
            throw new IllegalArgumentException("expiry days must be at least 1, was " + days);
        }
    }
}
