package dev.dealfocus.core.deal;

import java.util.Objects;

/**
 * A contact associated with the deal.
 *
 * @param buyingRole the CRM's buying role value, or {@code null}
 */
public record Contact(String id, String buyingRole, Consent consent) {
    public Contact {
        Objects.requireNonNull(id, "id");
        consent = consent == null ? Consent.UNKNOWN : consent;
    }
}
