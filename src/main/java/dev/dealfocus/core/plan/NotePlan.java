package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The note written on a status change (domain.md section 10): what changed and why, the last
 * contact and, for PARKED and CLOSED deals, the exit-message draft. Rendered from templates at the edge.
 *
 * @param from         the status before, or {@code null} on the first decision
 * @param lastContact  the last call, email, message or meeting by a person, or {@code null}
 * @param withExitDraft add the polite exit-message draft (PARKED and CLOSED)
 */
public record NotePlan(Status from, Status to, LocalDate date, LocalDate lastContact, boolean withExitDraft,
                       Assessment assessment, String idempotencyKey) {
    public NotePlan {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
