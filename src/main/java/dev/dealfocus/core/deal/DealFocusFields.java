package dev.dealfocus.core.deal;

import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;

/**
 * What the CRM shows now in DealFocus's own deal fields. Writes are planned against these values,
 * so a write that changes nothing is never planned. Every field may be empty.
 */
public record DealFocusFields(Integer score, Status status, String reasons, LocalDate expiresOn,
                              Status recommendedStatus) {
    public static DealFocusFields empty() {
        return new DealFocusFields(null, null, null, null, null);
    }
}
