package dev.dealfocus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A planned write and, once applied, what the CRM answered: "applied", "failed" (retried where that can
 * help), "refused" (not taken as it is), "unknown" (sent, answer lost: checked with the CRM before any
 * retry) or "not applied" (a dry or held run).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteView(String type, String key, Map<String, String> fields, String stage, String kind, String ownerId,
                        Instant timestamp, LocalDate due, String priority, String subject, String body, String taskId,
                        Boolean complete, String result, String crmId, String error, String customerId) {

    static WriteView of(CrmWrite write, WriteResult result) {
        String outcome = result == null ? "not applied" : result.outcome().name().toLowerCase();
        String crmId = result == null ? null : result.crmId();
        String error = result == null ? null : result.error();
        if (write instanceof CrmWrite.FieldUpdate f) {
            Map<String, String> fields = new TreeMap<>();
            f.fields().forEach((k, v) -> fields.put(k.name(), v));
            return new WriteView("fields", f.key(), fields, f.stage(), null, null, null, null, null, null, null, null, null,
                    outcome, crmId, error, null);
        }
        if (write instanceof CrmWrite.Note n) {
            return new WriteView("note", n.key(), null, null, null, n.ownerId(), n.timestamp(), null, null, null, n.body(),
                    null, null, outcome, crmId, error, null);
        }
        if (write instanceof CrmWrite.Task t) {
            return new WriteView("task", t.key(), null, null, t.taskKind().name(), t.ownerId(), null, t.due(),
                    t.priority().name(), t.subject(), t.body(), null, null, outcome, crmId, error, null);
        }
        if (write instanceof CrmWrite.CustomerFields f) {
            return new WriteView("customer-fields", f.key(), new TreeMap<>(f.fields()), null, null, null, null, null, null, null, null,
                    null, null, outcome, crmId, error, f.customerId());
        }
        if (write instanceof CrmWrite.CustomerNote n) {
            return new WriteView("customer-note", n.key(), null, null, null, n.ownerId(), n.timestamp(), null, null, null, n.body(),
                    null, null, outcome, crmId, error, n.customerId());
        }
        if (write instanceof CrmWrite.CustomerTask t) {
            return new WriteView("customer-task", t.key(), null, null, null, t.ownerId(), null, t.due(), null, t.subject(), t.body(),
                    null, null, outcome, crmId, error, t.customerId());
        }
        if (write instanceof CrmWrite.OwnerTask t) {
            return new WriteView("owner-task", t.key(), null, null, t.taskKind().name(), t.ownerId(), null, t.due(), null,
                    t.subject(), t.body(), null, null, outcome, crmId, error, null);
        }
        CrmWrite.TaskUpdate u = (CrmWrite.TaskUpdate) write;
        return new WriteView("task-update", u.key(), null, null, null, null, null, u.due(), null, null, null, u.taskId(),
                u.complete(), outcome, crmId, error, null);
    }
}
