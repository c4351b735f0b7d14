package dev.dealfocus.crm.demo;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.SkippedDeal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo CRM's records as the core sees them: open deals with the requested properties only, deals
 * that left the pipeline as departures, and records that cannot be read as deals (a bad currency, an
 * unknown activity type) skipped with the reason, as a real CRM's odd record would be.
 */
final class DemoSnapshots {
    private final Map<String, String> teamOfOwner = new HashMap<>();
    private final DemoDates dates;
    private final ZoneId zone;

    DemoSnapshots(DemoData data, DemoDates dates, ZoneId zone) {
        data.owners().forEach(o -> teamOfOwner.put(o.id(), o.team()));
        this.dates = dates;
        this.zone = zone;
    }

    /** A page of these deals; {@code window} tells a full scan, which never sees deleted deals, from a window. */
    DealPage page(List<DemoData.Deal> deals, DemoState state, ReadSpec spec, boolean window, String nextCursor, Instant now) {
        List<DealSnapshot> open = new ArrayList<>();
        List<Departure> departures = new ArrayList<>();
        List<SkippedDeal> skipped = new ArrayList<>();
        Instant highWaterMark = null;
        for (DemoData.Deal d : deals) {
            DemoState.DealState s = state.deals.get(d.id());
            String life = s != null && s.state != null ? s.state : d.state() == null ? "OPEN" : d.state();
            if ("DELETED".equals(life) && !window) {
                continue;
            }
            Instant updated = updatedAt(d, s);
            highWaterMark = highWaterMark == null || updated.isAfter(highWaterMark) ? updated : highWaterMark;
            if (!"OPEN".equals(life)) {
                departures.add(new Departure(d.id(), d.name(), Departure.Reason.valueOf(life), d.mergedInto(),
                        "CLOSED".equals(life) ? "closedwon".equals(s != null && s.stage != null ? s.stage : d.stage()) : null));
                continue;
            }
            try {
                open.add(snapshot(d, s, state, spec));
            } catch (RuntimeException e) {
                skipped.add(new SkippedDeal(d.id(), "cannot be read as a deal: " + e.getMessage()));
            }
        }
        return new DealPage(open, departures, skipped, nextCursor, highWaterMark, now);
    }

    Instant updatedAt(DemoData.Deal d, DemoState.DealState s) {
        Instant base = Objects.requireNonNullElse(dates.instant(d.updated()), dates.instant(d.created()));
        return s != null && s.updatedAt != null && s.updatedAt.isAfter(base) ? s.updatedAt : base;
    }

    private DealSnapshot snapshot(DemoData.Deal d, DemoState.DealState s, DemoState state, ReadSpec spec) {
        Map<String, String> properties = new HashMap<>(d.properties() == null ? Map.of() : d.properties());
        if (s != null) {
            properties.putAll(s.properties);
        }
        properties.keySet().retainAll(spec.properties()); // only what was asked for, as a real CRM's API
        List<Contact> contacts = d.contacts() == null ? List.of() : d.contacts().stream()
                .map(c -> new Contact(c.id(), c.role(), c.consent() == null ? Consent.UNKNOWN : Consent.valueOf(c.consent())))
                .toList();
        Money amount = d.amount() == null ? null : new Money(d.amount(), d.currency() == null ? "EUR" : d.currency());
        return new DealSnapshot(d.id(), d.name(), d.pipeline() == null ? "default" : d.pipeline(),
                s != null && s.stage != null ? s.stage : d.stage(), d.owner(), teamOfOwner.get(d.owner()),
                dates.instant(d.created()), amount, d.probability(), dates.date(d.closeDate()),
                d.closeDatePushes() == null ? 0 : d.closeDatePushes(), properties, contacts, activities(d, state),
                shownFields(s));
    }

    /** The deal's activities as effort: notes are no effort; DealFocus's own tasks never count. */
    List<dev.dealfocus.core.eaters.EffortActivity> effort(DemoData.Deal d, DemoState state) {
        List<dev.dealfocus.core.eaters.EffortActivity> out = new ArrayList<>();
        for (Activity a : activities(d, state)) {
            if (a.type() == ActivityType.NOTE || a.type() == ActivityType.MESSAGE) {
                continue;
            }
            // the demo's emails are the rep's own, so outbound; a meeting or task counts once held or done
            out.add(new dev.dealfocus.core.eaters.EffortActivity(dev.dealfocus.core.eaters.EffortActivity.Type.valueOf(a.type().name()),
                    a.at(), !a.open(), null, a.dealFocusKind() != null));
        }
        return out;
    }

    private List<Activity> activities(DemoData.Deal d, DemoState state) {
        List<Activity> activities = new ArrayList<>();
        if (d.activities() != null) {
            for (DemoData.Activity a : d.activities()) {
                Instant at = dates.instant(a.at());
                Instant created = a.created() == null ? at : dates.instant(a.created());
                activities.add(new Activity(a.id(), ActivityType.valueOf(a.type()), created, at,
                        Boolean.TRUE.equals(a.open()), null));
            }
        }
        state.activities.stream().filter(a -> a.dealId.equals(d.id())).forEach(a -> activities.add(
                new Activity(a.id, ActivityType.valueOf(a.type), a.createdAt, a.at, a.open, null)));
        state.notes.stream().filter(n -> n.dealId.equals(d.id())).forEach(n -> activities.add(
                new Activity(n.id, ActivityType.NOTE, n.timestamp, n.timestamp, false, WrittenKind.NOTE)));
        state.tasks.stream().filter(t -> t.dealId.equals(d.id()) && !t.deleted).forEach(t -> activities.add(
                new Activity(t.id, ActivityType.TASK, t.createdAt, t.due.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(),
                        !"COMPLETED".equals(t.status), WrittenKind.valueOf(t.kind))));
        return activities;
    }

    private static DealFocusFields shownFields(DemoState.DealState s) {
        if (s == null) {
            return DealFocusFields.empty();
        }
        Map<DealField, String> shown = new EnumMap<>(DealField.class);
        for (DealField field : DealField.values()) {
            String value = s.fields.get(field.property());
            if (value != null) {
                shown.put(field, value);
            }
        }
        return new DealFocusFields(shown);
    }

    private static Status status(String value) {
        return blank(value) ? null : Status.valueOf(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
