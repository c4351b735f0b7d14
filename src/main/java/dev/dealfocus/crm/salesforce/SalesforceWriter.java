package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.crm.shared.OwnKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes through sObject Collections (facts B3), at most 200 records a call, {@code allOrNone: false},
 * one SaveResult per record in request order. Fields: an update of Opportunities. Notes (a completed
 * Task dated the day it is written) and tasks (open Tasks): an upsert on DealFocus's External ID field,
 * so a create sent twice (its answer lost) updates the Task the first one made instead of making a
 * second. Task updates: an update of Tasks; a completed Task gets today as its date, since Salesforce
 * rolls a closed Task's date up into the Opportunity's {@code LastActivityDate} (facts part D), and a
 * completed future-dated Task would push that date into the future. A customer's fields: an update of its Account;
 * its notes and tasks: Tasks on the Account ({@code WhatId}), upserted on the key like a deal's.
 */
final class SalesforceWriter {
    /** Salesforce's Task Subject takes 255 characters. */
    static final int SUBJECT = 255;
    /** Codes that pass: the same record sent again later may be taken. */
    private static final Set<String> PASSING = Set.of("UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE", "REQUEST_RUNNING_TOO_LONG",
            "ALL_OR_NONE_OPERATION_ROLLED_BACK");
    static final String INACTIVE_OWNER = "INACTIVE_OWNER_OR_USER";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SalesforceHttp http;
    private final SalesforceSchema schema;
    private final Map<DealField, String> fields;
    private final String keyField;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final String fallbackOwner;

    /** @param fallbackOwner the owner of Tasks whose deal owner is no User id, or {@code null}: then the run-as user */
    SalesforceWriter(SalesforceHttp http, SalesforceSchema schema, Map<DealField, String> fields, String keyField, ZoneId zone,
                     java.time.Clock clock, String fallbackOwner) {
        this.fallbackOwner = fallbackOwner;
        this.http = http;
        this.schema = schema;
        this.fields = fields;
        this.keyField = keyField;
        this.zone = zone;
        this.clock = clock;
    }

    /** Writes of one kind, at most 200; one result per write, in order. */
    List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
        List<WriteResult> results = new ArrayList<>();
        List<CrmWrite> sent = new ArrayList<>();
        ArrayNode records = NODES.arrayNode();
        for (CrmWrite w : writes) {
            ObjectNode record = record(w);
            if (record == null) {
                results.add(WriteResult.ok(w.key(), null)); // nothing Salesforce keeps: the footprint is read from the Tasks
            } else if (w instanceof CrmWrite.OwnerTask t) {
                if (record.has("OwnerId")) {
                    records.add(record);
                    sent.add(w);
                    results.add(null);
                } else {
                    results.add(WriteResult.refused(w.key(), "owner " + t.ownerId() + " is no Salesforce User id, and"
                            + " dealfocus.fallback-owner names none"));
                }
            } else if (!Soql.isId(recordId(w))) {
                results.add(WriteResult.refused(w.key(), target(w) + " is no Salesforce record id"));
            } else {
                records.add(record);
                sent.add(w);
                results.add(null);
            }
        }
        if (sent.isEmpty()) {
            return results;
        }
        ObjectNode body = NODES.objectNode().put("allOrNone", false);
        body.set("records", records);
        boolean creates = sent.get(0).kind().creates();
        String what = switch (sent.get(0).kind()) {
            case FIELDS -> "update opportunities";
            case NOTE -> "write notes";
            case TASK -> "create tasks";
            case OWNER_TASK -> "create review tasks";
            case CUSTOMER_FIELDS -> "update customer accounts";
            case CUSTOMER_NOTE -> "write customer notes";
            case CUSTOMER_TASK -> "create customer tasks";
            case TASK_UPDATE -> "update tasks";
        };
        JsonNode answer = http.send(what, calls, api -> creates ? api.upsert(http.version(), "Task", keyField, body)
                : api.update(http.version(), body));
        int k = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, result(sent.get(k), answer.path(k)));
                k++;
            }
        }
        return results;
    }

    private WriteResult result(CrmWrite write, JsonNode saved) {
        if (saved.path("success").asBoolean(false)) {
            return WriteResult.ok(write.key(), write.kind().creates() ? saved.path("id").asText(null) : null);
        }
        JsonNode error = saved.path("errors").path(0);
        String code = error.path("statusCode").asText("UNKNOWN");
        String message = target(write) + ": " + code + " " + error.path("message").asText("")
                + (error.path("fields").isEmpty() ? "" : " " + error.path("fields"));
        return PASSING.contains(code) ? WriteResult.failed(write.key(), message, null) : WriteResult.refused(write.key(), message);
    }

    /** The record a write changes or hangs on. */
    private static String recordId(CrmWrite w) {
        return w instanceof CrmWrite.TaskUpdate u ? u.taskId() : w instanceof CrmWrite.CustomerWrite c ? c.customerId() : w.dealId();
    }

    private static String target(CrmWrite w) {
        return (w instanceof CrmWrite.TaskUpdate ? "Task " : w instanceof CrmWrite.CustomerWrite ? "Account " : "Opportunity ") + recordId(w);
    }

    /** The record to send, or {@code null} when nothing of the write has a field in Salesforce. */
    private ObjectNode record(CrmWrite write) {
        if (write instanceof CrmWrite.FieldUpdate f) {
            return opportunity(f);
        }
        if (write instanceof CrmWrite.CustomerFields f) {
            return account(f);
        }
        if (write instanceof CrmWrite.CustomerNote n) {
            // like a deal's note: a completed Task dated today, on the Account, upserted on its key
            return task(n.customerId(), new OwnKey(WrittenKind.NOTE, n.key()), n.ownerId(), subject(n.body()), n.body(),
                    n.timestamp().atZone(zone).toLocalDate(), "Completed", "Normal");
        }
        if (write instanceof CrmWrite.CustomerTask t) {
            return task(t.customerId(), new OwnKey(WrittenKind.CUSTOMER_TASK, t.key()), t.ownerId(), t.subject(), t.body(), t.due(),
                    "Not Started", "Normal");
        }
        if (write instanceof CrmWrite.Note n) {
            return task(n.dealId(), new OwnKey(WrittenKind.NOTE, n.key()), n.ownerId(), subject(n.body()), n.body(),
                    n.timestamp().atZone(zone).toLocalDate(), "Completed", "Normal");
        }
        if (write instanceof CrmWrite.OwnerTask t) {
            // a Task on no record: no WhatId, assigned by OwnerId, upserted on the key like every other Task
            return task(null, new OwnKey(t.taskKind(), t.key()), t.ownerId(), t.subject(), t.body(), t.due(),
                    "Not Started", "Normal");
        }
        if (write instanceof CrmWrite.Task t) {
            return task(t.dealId(), new OwnKey(t.taskKind(), t.key()), t.ownerId(), t.subject(), t.body(), t.due(),
                    "Not Started", priority(t.priority()));
        }
        return taskUpdate((CrmWrite.TaskUpdate) write);
    }

    private ObjectNode opportunity(CrmWrite.FieldUpdate f) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        f.fields().forEach((field, value) -> byName.put(fields.get(field), value));
        ObjectNode record = updated("Opportunity", f.dealId(), byName, schema::opportunityField);
        if (f.stage() != null) {
            record = record != null ? record : base("Opportunity", f.dealId());
            record.put("StageName", f.stage());
        }
        return record;
    }

    /** DealFocus's fields on the Account. */
    private ObjectNode account(CrmWrite.CustomerFields f) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        f.fields().forEach((field, value) -> byName.put(SalesforceCrm.CUSTOMER_FIELDS.get(field), value));
        return updated("Account", f.customerId(), byName, schema::accountField);
    }

    /** An update of a record with the values of the fields the run-as user may edit (an empty value clears the field), or null. */
    private static ObjectNode updated(String type, String id, Map<String, String> values,
                                      java.util.function.Function<String, SalesforceSchema.Field> fieldOf) {
        ObjectNode record = base(type, id);
        boolean any = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            SalesforceSchema.Field field = fieldOf.apply(e.getKey());
            if (field != null && field.updateable()) {
                put(record, field, e.getValue());
                any = true;
            }
        }
        return any ? record : null;
    }

    private static ObjectNode base(String type, String id) {
        ObjectNode record = NODES.objectNode();
        record.putObject("attributes").put("type", type);
        record.put("id", id);
        return record;
    }

    private ObjectNode task(String dealId, OwnKey key, String ownerId, String subject, String body, LocalDate date,
                            String status, String priority) {
        ObjectNode record = NODES.objectNode();
        record.putObject("attributes").put("type", "Task");
        record.put(keyField, key.toString());
        if (dealId != null) {
            record.put("WhatId", dealId);
        }
        // an owner that is no User id (a deal without owner) gets the fallback owner, else the run-as user's default
        String owner = Soql.isId(ownerId) ? ownerId : Soql.isId(fallbackOwner) ? fallbackOwner : null;
        if (owner != null) {
            record.put("OwnerId", owner);
        }
        record.put("Subject", cut(subject == null || subject.isBlank() ? "DealFocus" : subject, SUBJECT));
        record.put("Description", body == null ? "" : body);
        record.put("ActivityDate", date.toString());
        record.put("Status", status);
        record.put("Priority", priority);
        return record;
    }

    private ObjectNode taskUpdate(CrmWrite.TaskUpdate u) {
        ObjectNode record = NODES.objectNode();
        record.putObject("attributes").put("type", "Task");
        record.put("id", u.taskId());
        if (u.complete()) {
            record.put("Status", "Completed");
            record.put("ActivityDate", LocalDate.now(clock.withZone(zone)).toString());
        } else {
            record.put("ActivityDate", u.due().toString());
        }
        return record;
    }

    /** A value as its field's type takes it: numbers as numbers, an empty value as null (cleared). */
    private static void put(ObjectNode record, SalesforceSchema.Field field, String value) {
        if (value == null || value.isBlank()) {
            record.putNull(field.name());
            return;
        }
        switch (field.type()) {
            case "double", "currency", "percent", "int", "long" -> {
                try {
                    record.put(field.name(), new BigDecimal(value.trim()));
                } catch (NumberFormatException e) {
                    record.put(field.name(), value);
                }
            }
            case "boolean" -> record.put(field.name(), Boolean.parseBoolean(value.trim()));
            default -> record.put(field.name(), value);
        }
    }

    /** The note's subject: its first line, as a rep sees it in the activity list. */
    static String subject(String body) {
        String text = body == null ? "" : body.strip();
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        return "DealFocus: " + (first.isEmpty() ? "note" : first);
    }

    private static String priority(dev.dealfocus.core.plan.TaskPriority p) {
        return switch (p) {
            case HIGH -> "High";
            case MEDIUM -> "Normal";
            case LOW -> "Low";
        };
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
