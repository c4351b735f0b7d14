package dev.dealfocus.core.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the CRM shows of an existing customer, signal by signal; {@code null} where the signal has no data
 * (no property mapped, or the property empty), which is never read as fine.
 *
 * @param lastUsedOn       the last day of visible use, or null
 * @param usageScore       a usage score, or null (used where no last-use date is mapped)
 * @param paymentKnown     whether the payment source was read: then a null {@code oldestUnpaidDue} means nothing is unpaid
 * @param oldestUnpaidDue  the due date of the oldest unpaid invoice, or null
 * @param escalations      escalations raised in the last 30 days, or null
 * @param changeRequests   change requests in the last 90 days, or null
 * @param delays           delays (missed milestones) now, or null
 * @param shownLight       the light the CRM shows now, or null
 */
public record CustomerFacts(String id, String name, String ownerId, LocalDate lastUsedOn, BigDecimal usageScore,
                            boolean paymentKnown, LocalDate oldestUnpaidDue, Integer escalations, Integer changeRequests,
                            Integer delays, Light shownLight) {
    public CustomerFacts {
        Objects.requireNonNull(id, "id");
    }
}
