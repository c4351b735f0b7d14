package dev.dealfocus.core.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An open deal as read from the CRM: everything the rules need and nothing CRM-specific. Deals that
 * left the pipeline (closed, deleted, merged) are reported apart, as departures.
 *
 * @param ownerId         the deal owner, or {@code null} when the deal has none: it is assessed like any
 *                        other, but its tasks go to the fallback owner and it gives no team-median sample
 * @param teamId          the owner's primary team, or {@code null} (then the owner is the team)
 * @param amount          the deal amount, or {@code null}
 * @param probability     the CRM's win probability as stored (0-1 in HubSpot, 0-100 in Salesforce),
 *                        or {@code null}; the policy normalises it
 * @param closeDate       the expected close date, or {@code null}
 * @param closeDatePushes how often the close date has been moved later
 * @param properties      the CRM properties the mappings name, by property name; empty values absent
 * @param dealFocus       what DealFocus's own fields show now
 */
public record DealSnapshot(String id, String name, String pipeline, String stage, String ownerId,
                           String teamId, Instant createdAt, Money amount,
                           BigDecimal probability, LocalDate closeDate, int closeDatePushes,
                           Map<String, String> properties, List<Contact> contacts,
                           List<Activity> activities, DealFocusFields dealFocus) {
    public DealSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(createdAt, "createdAt");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        activities = activities == null ? List.of() : List.copyOf(activities);
        dealFocus = dealFocus == null ? DealFocusFields.empty() : dealFocus;
        if (closeDatePushes < 0) {
            throw new IllegalArgumentException("closeDatePushes must not be negative");
        }
    }

    /** A property's value, absent when the CRM holds nothing or only blanks. */
    public Optional<String> property(String name) {
        String value = name == null ? null : properties.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * The median group: the owner's primary team, else the owner alone (section 12, step 6); {@code null}
     * for a deal without an owner, which belongs to no team.
     */
    public String teamKey() {
        if (ownerId == null || ownerId.isBlank()) {
            return null;
        }
        return teamId != null && !teamId.isBlank() ? "team:" + teamId : "owner:" + ownerId;
    }
}
