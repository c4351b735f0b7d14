package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.crm.shared.OwnKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an Opportunity of the query (with its contact roles, Tasks and Events as subquery results)
 * into the core's snapshot. DealFocus's own Tasks carry its key in {@code DealFocus_Key__c}; every other
 * Task and Event is a person's (docs/BEHAVIOR-salesforce.md, "DealFocus's own activity").
 */
final class OpportunityMapper {
    /** Salesforce answers datetimes as {@code 2026-11-30T09:00:00.000+0000}. */
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

    /**
     * What a snapshot needs beside the record.
     *
     * @param teams          each owner's team (the configured User field), by user id; absent = none
     * @param orgCurrency    the org's currency, for orgs without multi-currency
     * @param taskDueTime    the local time at which a Task is due on its {@code ActivityDate}
     * @param activityWindow Tasks and Events older than this many days are not read; {@code LastActivityDate}
     *                       stands in for an older last activity
     * @param userId         DealFocus's own user in the org (the session's)
     */
    record Context(Map<String, String> teams, String orgCurrency, ZoneId zone, LocalTime taskDueTime,
                   Map<DealField, String> fields, String keyField, Instant now, String userId) {
    }

    private OpportunityMapper() {
    }

    static boolean closed(JsonNode record) {
        return record.path("IsClosed").asBoolean(false);
    }

    /** Whether a closed Opportunity was won (IsWon), null when the answer lacks it. */
    static Boolean won(JsonNode record) {
        JsonNode won = record.path("IsWon");
        return won.isBoolean() ? won.asBoolean() : null;
    }

    static DealSnapshot snapshot(JsonNode record, Context context, ReadSpec spec, int pushes) {
        String id = record.path("Id").asText();
        String owner = text(record, "OwnerId");
        Map<String, String> properties = new HashMap<>();
        for (String name : spec.properties()) {
            String value = text(record, name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        Instant created = instant(text(record, "CreatedDate"));
        if (created == null) {
            throw new IllegalArgumentException("no CreatedDate");
        }
        String pipeline = text(record.path("RecordType"), "DeveloperName");
        List<Activity> activities = activities(record, context);
        return new DealSnapshot(id, text(record, "Name"), pipeline == null ? "default" : pipeline, text(record, "StageName"),
                owner, owner == null ? null : context.teams().get(owner), created, money(record, context),
                decimal(text(record, "Probability")), date(text(record, "CloseDate")), pushes, properties, contacts(record),
                activities, shown(record, context, activities));
    }

    /**
     * What DealFocus's fields show. The due date of DealFocus's earliest open Task is read from the Tasks
     * themselves, so the footprint field the core keeps for roll-up CRMs is never written here.
     */
    static DealFocusFields shown(JsonNode record, Context context, List<Activity> activities) {
        Map<DealField, String> values = new EnumMap<>(DealField.class);
        context.fields().forEach((field, name) -> {
            String value = text(record, name);
            if (value != null) {
                values.put(field, field == DealField.DECIDED_AT || field == DealField.OWN_ACTIVITY_AT ? canonical(value) : value);
            }
        });
        activities.stream().filter(a -> a.open() && a.dealFocusKind() != null && a.dealFocusKind().isTask())
                .map(a -> a.at().atZone(context.zone()).toLocalDate()).min(LocalDate::compareTo)
                .ifPresent(due -> values.put(DealField.OWN_TASK_DUE, due.toString()));
        return new DealFocusFields(values);
    }

    private static List<Contact> contacts(JsonNode record) {
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode role : records(record, "OpportunityContactRoles")) {
            String contactId = text(role, "ContactId");
            if (contactId == null) {
                continue;
            }
            JsonNode contact = role.path("Contact");
            Consent consent = contact.path("HasOptedOutOfEmail").asBoolean(false) ? Consent.OPTED_OUT : Consent.UNKNOWN;
            contacts.add(new Contact(contactId, role(text(role, "Role")), consent));
        }
        return contacts;
    }

    /** A contact role as the rules match it: "Decision Maker" reads DECISION_MAKER. */
    static String role(String name) {
        return name == null ? null : name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static List<Activity> activities(JsonNode record, Context context) {
        List<Activity> activities = new ArrayList<>();
        for (JsonNode task : records(record, "Tasks")) {
            Activity a = task(task, context);
            if (a != null) {
                activities.add(a);
            }
        }
        for (JsonNode event : records(record, "Events")) {
            Instant start = instant(text(event, "StartDateTime"));
            if (start == null) {
                start = date(text(event, "ActivityDate")) == null ? null
                        : date(text(event, "ActivityDate")).atTime(context.taskDueTime()).atZone(context.zone()).toInstant();
            }
            Instant created = instant(text(event, "CreatedDate"));
            if (start != null && created != null) {
                activities.add(new Activity(event.path("Id").asText(), ActivityType.MEETING, created, start,
                        start.isAfter(context.now()), null));
            }
        }
        LocalDate last = date(text(record, "LastActivityDate"));
        if (last != null && activities.stream().noneMatch(a -> !a.byDealFocus() && !a.open())) {
            // older than the Tasks and Events read: a person's, since DealFocus's Tasks are dated the day they close
            Instant at = last.atTime(context.taskDueTime()).atZone(context.zone()).toInstant();
            if (!at.isAfter(context.now())) {
                activities.add(new Activity("last-activity-" + record.path("Id").asText(), ActivityType.NOTE, at, at, false, null));
            }
        }
        return activities;
    }

    private static Activity task(JsonNode task, Context context) {
        Instant created = instant(text(task, "CreatedDate"));
        LocalDate due = date(text(task, "ActivityDate"));
        boolean open = !task.path("IsClosed").asBoolean(false);
        OwnKey own = OwnKey.parse(text(task, context.keyField()));
        if (created == null || open && due == null && own == null) {
            return null; // a to-do without a date is no dated next step, and not yet an activity
        }
        Instant at = due == null ? created : due.atTime(context.taskDueTime()).atZone(context.zone()).toInstant();
        String subtype = text(task, "TaskSubtype");
        ActivityType type = open ? ActivityType.TASK : "Call".equalsIgnoreCase(subtype) ? ActivityType.CALL
                : subtype != null && subtype.toLowerCase(Locale.ROOT).contains("email") ? ActivityType.EMAIL : ActivityType.TASK;
        return new Activity(task.path("Id").asText(), type, created, at, open,
                own == null ? null : own.kind() != null ? own.kind() : dev.dealfocus.core.deal.WrittenKind.NOTE);
    }

    private static Money money(JsonNode record, Context context) {
        BigDecimal amount = decimal(text(record, "Amount"));
        String currency = text(record, "CurrencyIsoCode") != null ? text(record, "CurrencyIsoCode") : context.orgCurrency();
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** The records of a subquery result ({@code {totalSize, done, records}}), or none. */
    static Iterable<JsonNode> records(JsonNode record, String relationship) {
        return record.path(relationship).path("records");
    }

    static String text(JsonNode record, String field) {
        if (field == null) {
            return null;
        }
        JsonNode value = record.path(field);
        return value.isNull() || value.isMissingNode() || value.isContainerNode() || value.asText().isBlank() ? null
                : value.asText().trim();
    }

    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DATETIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** A datetime field as the core's canonical instant text; other text as it is. */
    private static String canonical(String value) {
        Instant at = instant(value);
        return at == null ? value : at.toString();
    }

    static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
