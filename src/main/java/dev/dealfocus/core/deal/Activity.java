package dev.dealfocus.core.deal;

import java.time.Instant;
import java.util.Objects;

/**
 * One activity on a deal.
 *
 * @param id           the CRM's id
 * @param type         task, meeting, call, ...
 * @param createdAt    when it was created in the CRM (tells new next steps from old ones)
 * @param at           when it happened, or for tasks and meetings when it is due or scheduled
 * @param open         true for a task not yet completed or a meeting not yet held
 * @param dealFocusKind the kind of task or note DealFocus created, or {@code null} when a person
 *                     created it; DealFocus's own activities never count as a next step,
 *                     last activity or new event (crm-api-facts.md part D)
 */
public record Activity(String id, ActivityType type, Instant createdAt, Instant at, boolean open,
                       WrittenKind dealFocusKind) {
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(at, "at");
    }

    public boolean byDealFocus() {
        return dealFocusKind != null;
    }
}
