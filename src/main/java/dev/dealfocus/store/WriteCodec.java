package dev.dealfocus.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.TaskPriority;
import dev.dealfocus.core.port.CrmWrite;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes as the store keeps them (journal and intents): JSON objects with a "type" (fields, note,
 * task, task-update, owner-task) in the store's own shape. Objects written before version 1 have no "v" and read
 * the same way.
 */
final class WriteCodec {
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private WriteCodec() {
    }

    static List<Map<String, Object>> encode(List<CrmWrite> writes) {
        return writes.stream().map(WriteCodec::encode).toList();
    }

    static Map<String, Object> encode(CrmWrite write) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("v", 1);
        out.put("dealId", write.dealId());
        out.put("key", write.key());
        if (write instanceof CrmWrite.FieldUpdate f) {
            out.put("type", "fields");
            Map<String, String> fields = new TreeMap<>();
            f.fields().forEach((k, v) -> fields.put(k.name(), v));
            out.put("fields", fields);
            out.put("stage", f.stage());
        } else if (write instanceof CrmWrite.Note n) {
            out.put("type", "note");
            out.put("ownerId", n.ownerId());
            out.put("timestamp", n.timestamp().toString());
            out.put("body", n.body());
        } else if (write instanceof CrmWrite.Task t) {
            out.put("type", "task");
            out.put("kind", t.taskKind().name());
            out.put("ownerId", t.ownerId());
            out.put("due", t.due().toString());
            out.put("priority", t.priority().name());
            out.put("subject", t.subject());
            out.put("body", t.body());
        } else if (write instanceof CrmWrite.CustomerFields f) {
            out.put("type", "customer-fields");
            out.put("customerId", f.customerId());
            out.put("fields", new TreeMap<>(f.fields()));
        } else if (write instanceof CrmWrite.CustomerNote n) {
            out.put("type", "customer-note");
            out.put("customerId", n.customerId());
            out.put("ownerId", n.ownerId());
            out.put("timestamp", n.timestamp().toString());
            out.put("body", n.body());
        } else if (write instanceof CrmWrite.CustomerTask t) {
            out.put("type", "customer-task");
            out.put("customerId", t.customerId());
            out.put("ownerId", t.ownerId());
            out.put("due", t.due().toString());
            out.put("subject", t.subject());
            out.put("body", t.body());
        } else if (write instanceof CrmWrite.OwnerTask t) {
            out.put("type", "owner-task");
            out.put("kind", t.taskKind().name());
            out.put("ownerId", t.ownerId());
            out.put("due", t.due().toString());
            out.put("subject", t.subject());
            out.put("body", t.body());
        } else if (write instanceof CrmWrite.TaskUpdate u) {
            out.put("type", "task-update");
            out.put("taskId", u.taskId());
            out.put("due", u.due() == null ? null : u.due().toString());
            out.put("complete", u.complete());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static CrmWrite decode(Map<String, Object> in) {
        String dealId = (String) in.get("dealId");
        String key = (String) in.get("key");
        switch ((String) in.get("type")) {
            case "fields": {
                Map<DealField, String> fields = new EnumMap<>(DealField.class);
                ((Map<String, String>) in.get("fields")).forEach((k, v) -> fields.put(DealField.valueOf(k), v));
                return new CrmWrite.FieldUpdate(dealId, key, fields, (String) in.get("stage"));
            }
            case "note":
                return new CrmWrite.Note(dealId, key, (String) in.get("ownerId"), Instant.parse((String) in.get("timestamp")),
                        (String) in.get("body"));
            case "customer-fields":
                return new CrmWrite.CustomerFields((String) in.get("customerId"), key, (Map<String, String>) in.get("fields"));
            case "customer-note":
                return new CrmWrite.CustomerNote((String) in.get("customerId"), key, (String) in.get("ownerId"),
                        Instant.parse((String) in.get("timestamp")), (String) in.get("body"));
            case "customer-task":
                return new CrmWrite.CustomerTask((String) in.get("customerId"), key, (String) in.get("ownerId"),
                        LocalDate.parse((String) in.get("due")), (String) in.get("subject"), (String) in.get("body"));
            case "owner-task":
                return new CrmWrite.OwnerTask(key, WrittenKind.valueOf((String) in.get("kind")), (String) in.get("ownerId"),
                        LocalDate.parse((String) in.get("due")), (String) in.get("subject"), (String) in.get("body"));
            case "task-update":
                return new CrmWrite.TaskUpdate(dealId, key, (String) in.get("taskId"),
                        in.get("due") == null ? null : LocalDate.parse((String) in.get("due")),
                        Boolean.TRUE.equals(in.get("complete")));
            default:
                return new CrmWrite.Task(dealId, key, WrittenKind.valueOf((String) in.get("kind")), (String) in.get("ownerId"),
                        LocalDate.parse((String) in.get("due")), TaskPriority.valueOf((String) in.get("priority")),
                        (String) in.get("subject"), (String) in.get("body"));
        }
    }
}
