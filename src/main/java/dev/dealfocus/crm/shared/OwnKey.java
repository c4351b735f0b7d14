package dev.dealfocus.crm.shared;

import dev.dealfocus.core.deal.WrittenKind;

/**
 * DealFocus's key as it stands on a note or task it created, in any CRM: what DealFocus wrote and the
 * idempotency key ({@code REENGAGE_TASK:3f2a…}). A record carrying one is DealFocus's own, whatever its
 * dates say, and the core learns its kind from it (crm-api-facts.md part D).
 */
public record OwnKey(WrittenKind kind, String key) {
    /** Reads {@code KIND:key}; a value without a known kind still names DealFocus's record. */
    public static OwnKey parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon > 0) {
            try {
                return new OwnKey(WrittenKind.valueOf(value.substring(0, colon)), value.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return new OwnKey(null, value);
            }
        }
        return new OwnKey(null, value.trim());
    }

    @Override
    public String toString() {
        return kind == null ? key : kind.name() + ":" + key;
    }
}
