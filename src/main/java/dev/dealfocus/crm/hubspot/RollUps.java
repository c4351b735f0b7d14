package dev.dealfocus.crm.hubspot;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealFocusFields;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads people's activity from HubSpot's deal roll-ups, which include DealFocus's own notes and tasks
 * (docs/BEHAVIOR-hubspot.md, "DealFocus's own activity"). DealFocus's footprint on the deal
 * ({@code dealfocus_task_due}, {@code dealfocus_activity_at}) says when a roll-up cannot be its own:
 * <ul>
 *   <li>a next activity on another day than DealFocus's earliest open task is a person's next step;</li>
 *   <li>a last activity more than {@link #OWN_WRITE_SPAN} after DealFocus's last write is a person's.</li>
 * </ul>
 * Otherwise the roll-up may be DealFocus's own, or hide a person's later step behind it, and the deal's
 * engagements must be read. A roll-up's next step gets the epoch as its creation time: HubSpot does not
 * say when it was booked, so it never counts as a new event on its own.
 */
final class RollUps {
    static final String LAST_ACTIVITY = "notes_last_updated";
    static final String NEXT_ACTIVITY = "notes_next_activity_date";
    /** DealFocus's writes on a deal land some time after the decision; a person's activity within it is checked. */
    static final Duration OWN_WRITE_SPAN = Duration.ofHours(1);

    /** People's activity as the roll-ups show it, and whether the deal's engagements must be read to be sure. */
    record Reading(List<Activity> activities, boolean needsEngagements) {
        Reading {
            activities = List.copyOf(activities);
        }
    }

    private RollUps() {
    }

    static Reading read(String dealId, Map<String, String> properties, DealFocusFields own, ZoneId zone) {
        List<Activity> people = new ArrayList<>();
        boolean unsure = false;
        Instant next = instant(properties.get(NEXT_ACTIVITY));
        if (next != null) {
            LocalDate ownDue = own.ownTaskDue();
            if (ownDue != null && ownDue.equals(next.atZone(zone).toLocalDate())) {
                unsure = true; // DealFocus's own task, or a person's step on the same day, or one later behind it
            } else {
                people.add(new Activity("rollup-next-" + dealId, ActivityType.TASK, Instant.EPOCH, next, true, null));
            }
        }
        Instant last = instant(properties.get(LAST_ACTIVITY));
        if (last != null) {
            Instant ownAt = own.ownActivityAt();
            if (ownAt == null || last.isAfter(ownAt.plus(OWN_WRITE_SPAN))) {
                people.add(new Activity("rollup-last-" + dealId, ActivityType.NOTE, last, last, false, null));
            } else {
                unsure = true;
            }
        }
        return new Reading(people, unsure);
    }

    /** HubSpot sends datetimes as ISO-8601 text; older portals' values may be epoch milliseconds. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(value.trim()));
            } catch (NumberFormatException again) {
                return null;
            }
        }
    }
}
