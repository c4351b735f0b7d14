package dev.dealfocus.store;

import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.sync.DealField;
import dev.dealfocus.core.sync.TaskPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Planned writes in the journal as JSON objects with a "type": fields, note or task. */
public final class WriteCodec {
    /** How a stored write reads back from JSON. */
    static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    private WriteCodec() {
    }

    public static List<Map<String, Object>> encode(List<CrmWrite> writes) {
        return writes.stream().map(WriteCodec::encode).toList();
    }

    public static Map<String, Object> encode(CrmWrite write) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dealId", write.dealId());
        out.put("key", write.key());
        if (write instanceof CrmWrite.FieldUpdate f) {
            out.put("type", "fields");
            out.put("fields", new java.util.TreeMap<>(f.fields()));
            out.put("stage", f.stage());
        } else if (write instanceof CrmWrite.Note n) {
            out.put("type", "note");
            out.put("ownerId", n.ownerId());
            out.put("timestamp", n.timestamp().toString());
            out.put("body", n.body());
        } else if (write instanceof CrmWrite.Task t) {
            out.put("type", "task");
            out.put("kind", t.kind().name());
            out.put("ownerId", t.ownerId());
            out.put("due", t.due().toString());
            out.put("priority", t.priority().name());
            out.put("subject", t.subject());
            out.put("body", t.body());
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
            default:
                return new CrmWrite.Task(dealId, key, WrittenKind.valueOf((String) in.get("kind")), (String) in.get("ownerId"),
                        LocalDate.parse((String) in.get("due")), TaskPriority.valueOf((String) in.get("priority")),
                        (String) in.get("subject"), (String) in.get("body"));
        }
    }
}
