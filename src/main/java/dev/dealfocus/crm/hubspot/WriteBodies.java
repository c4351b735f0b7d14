package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.crm.shared.OwnKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies of HubSpot's batch writes (facts A2-A3; spec {@code SimplePublicObjectBatchInput} and
 * {@code SimplePublicObjectInputForCreate}): values as strings, every input with DealFocus's key as
 * {@code objectWriteTraceId}. Notes and tasks are associated with their deal at creation (note to deal
 * 214, task to deal 216) and carry the key in the {@code dealfocus_key} property where the setup
 * created one, else in a last line of the body that reads well to a rep ({@value #MARKER} followed by the key).
 * The key on the record is prefixed with what DealFocus wrote ({@code REENGAGE_TASK:3f2a…}), since the
 * core must know its own tasks' kinds when it reads them back.
 */
final class WriteBodies {
    static final String KEY_PROPERTY = "dealfocus_key";
    static final String MARKER = "DealFocus ref";
    static final int NOTE_TO_DEAL = 214;
    static final int TASK_TO_DEAL = 216;
    /** Note to company and task to company (facts A3; HubSpot's association type ids, HUBSPOT_DEFINED). */
    static final int NOTE_TO_COMPANY = 190;
    static final int TASK_TO_COMPANY = 192;
    /** DealFocus's company properties (issue 14), by the core's field name: {@code health} is {@code dealfocus_health}. */
    static final String CUSTOMER_PREFIX = "dealfocus_";
    static final List<String> CUSTOMER_FIELDS = List.of("health", "health_reasons", "remediation_until", "remediation_goals");
    /** Room the key marker takes at the end of a body, kept free below HubSpot's text limits. */
    static final int MARKER_ROOM = 100;
    private static final Pattern KEY_IN_BODY = Pattern.compile(MARKER + " ([A-Za-z0-9:_.\\-]+)");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<DealField, String> fieldProperties;
    private final boolean keyProperty;
    private final ZoneId zone;
    private final LocalTime dueTime;

    /**
     * @param fieldProperties the HubSpot property of each DealFocus field
     * @param keyProperty     whether notes and tasks have the {@code dealfocus_key} property
     * @param zone            {@code dealfocus.time-zone}: a task is due at {@code dueTime} there
     */
    WriteBodies(Map<DealField, String> fieldProperties, boolean keyProperty, ZoneId zone, LocalTime dueTime) {
        this.fieldProperties = Map.copyOf(fieldProperties);
        this.keyProperty = keyProperty;
        this.zone = zone;
        this.dueTime = dueTime;
    }

    ObjectNode fieldUpdates(List<CrmWrite.FieldUpdate> writes) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (CrmWrite.FieldUpdate w : writes) {
            ObjectNode properties = inputs.addObject().put("id", w.dealId()).put("objectWriteTraceId", w.key())
                    .putObject("properties");
            w.fields().forEach((field, value) -> properties.put(fieldProperties.getOrDefault(field, field.property()), value));
            if (w.stage() != null) {
                properties.put("dealstage", w.stage());
            }
        }
        return body;
    }

    ObjectNode notes(List<CrmWrite.Note> notes) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        notes.forEach(n -> note(inputs, n, n.ownerId(), n.timestamp(), n.body(), n.dealId(), NOTE_TO_DEAL));
        return body;
    }

    /** A note associated at creation with its deal or company, with owner and key. */
    private void note(ArrayNode inputs, CrmWrite n, String ownerId, Instant timestamp, String text, String toId, int typeId) {
        String own = new OwnKey(WrittenKind.NOTE, n.key()).toString();
        ObjectNode properties = created(inputs, n, own, ownerId, toId, typeId);
        properties.put("hs_timestamp", timestamp.toString());
        properties.put("hs_note_body", html(text, own));
    }

    /** DealFocus's fields on customer companies (batch update of companies); an empty value clears the property. */
    ObjectNode customerFields(List<CrmWrite.CustomerFields> writes) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (CrmWrite.CustomerFields w : writes) {
            ObjectNode properties = inputs.addObject().put("id", w.customerId()).put("objectWriteTraceId", w.key())
                    .putObject("properties");
            w.fields().forEach((field, value) -> properties.put(CUSTOMER_PREFIX + field, value));
        }
        return body;
    }

    /** Notes on customer companies, associated at creation (note to company). */
    ObjectNode customerNotes(List<CrmWrite.CustomerNote> notes) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        notes.forEach(n -> note(inputs, n, n.ownerId(), n.timestamp(), n.body(), n.customerId(), NOTE_TO_COMPANY));
        return body;
    }

    /** Tasks on customer companies (review meetings, remediation reviews, the exit), associated at creation. */
    ObjectNode customerTasks(List<CrmWrite.CustomerTask> tasks) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (CrmWrite.CustomerTask t : tasks) {
            String own = new OwnKey(WrittenKind.CUSTOMER_TASK, t.key()).toString();
            ObjectNode properties = created(inputs, t, own, t.ownerId(), t.customerId(), TASK_TO_COMPANY);
            todo(properties, t.due(), t.subject(), html(t.body() == null ? "" : t.body(), own), "MEDIUM");
        }
        return body;
    }

    ObjectNode tasks(List<CrmWrite.Task> tasks) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (CrmWrite.Task t : tasks) {
            String own = new OwnKey(t.taskKind(), t.key()).toString();
            ObjectNode properties = created(inputs, t, own, t.ownerId(), t.dealId(), TASK_TO_DEAL);
            properties.put("hs_timestamp", due(t.due()).toString());
            properties.put("hs_task_subject", t.subject());
            properties.put("hs_task_body", html(t.body() == null ? "" : t.body(), own));
            properties.put("hs_task_status", "NOT_STARTED");
            properties.put("hs_task_priority", t.priority().name());
            properties.put("hs_task_type", "TODO");
        }
        return body;
    }

    /**
     * Tasks on no deal (the weekly review): assigned by {@code hubspot_owner_id}, with an empty association
     * list (the spec requires the list; the task belongs to no record), found again by {@link OwnerTaskSearch}.
     */
    ObjectNode ownerTasks(List<CrmWrite.OwnerTask> tasks) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (CrmWrite.OwnerTask t : tasks) {
            String own = new OwnKey(t.taskKind(), t.key()).toString();
            ObjectNode properties = created(inputs, t, own, t.ownerId(), CrmWrite.NO_DEAL, 0);
            todo(properties, t.due(), t.subject(), html(t.body(), own), "MEDIUM");
        }
        return body;
    }

    /** A to-do not started yet, due on its day at the configured time. */
    private void todo(ObjectNode properties, LocalDate day, String subject, String html, String priority) {
        properties.put("hs_timestamp", due(day).toString());
        properties.put("hs_task_subject", subject);
        properties.put("hs_task_body", html);
        properties.put("hs_task_status", "NOT_STARTED");
        properties.put("hs_task_priority", priority);
        properties.put("hs_task_type", "TODO");
    }

    ObjectNode taskUpdates(List<CrmWrite.TaskUpdate> updates) {
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (CrmWrite.TaskUpdate u : updates) {
            ObjectNode properties = inputs.addObject().put("id", u.taskId()).put("objectWriteTraceId", u.key())
                    .putObject("properties");
            if (u.due() != null) {
                properties.put("hs_timestamp", due(u.due()).toString());
            }
            if (u.complete()) {
                properties.put("hs_task_status", "COMPLETED");
            }
        }
        return body;
    }

    /** The key a note's or task's body carries, or {@code null}. */
    static OwnKey keyInBody(String body) {
        Matcher m = body == null ? null : KEY_IN_BODY.matcher(body);
        return m != null && m.find() ? OwnKey.parse(m.group(1)) : null;
    }

    Instant due(LocalDate day) {
        return day.atTime(dueTime).atZone(zone).toInstant();
    }

    /**
     * The body as rendered for HubSpot (already HTML: the renderer writes for the CRM's text format,
     * {@code CrmText}), with the key as a last paragraph where no key property exists. The adapter
     * declares a note limit below HubSpot's 65,536 characters, so the marker always fits.
     */
    private String html(String rendered, String key) {
        return keyProperty ? rendered : rendered + "<p>" + MARKER + " " + key + "</p>";
    }

    /** A create input associated with its record (if any), with owner and key; answers its properties to fill. */
    private ObjectNode created(ArrayNode inputs, CrmWrite write, String own, String ownerId, String toId, int typeId) {
        ObjectNode input = inputs.addObject();
        ObjectNode properties = input.putObject("properties");
        if (ownerId != null && !ownerId.isBlank()) {
            properties.put("hubspot_owner_id", ownerId);
        }
        if (keyProperty) {
            properties.put(KEY_PROPERTY, own);
        }
        ArrayNode associations = input.putArray("associations");
        if (!toId.equals(CrmWrite.NO_DEAL)) {
            ObjectNode association = associations.addObject();
            association.putObject("to").put("id", toId);
            association.putArray("types").addObject().put("associationCategory", "HUBSPOT_DEFINED").put("associationTypeId", typeId);
        }
        input.put("objectWriteTraceId", write.key());
        return properties;
    }

}
