package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteKind;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.util.List;

/**
 * Applies one batch of writes of one kind through HubSpot's batch endpoints (at most 100 inputs):
 * deal fields by batch update of deals, notes and tasks by batch create, task moves and completions
 * by batch update of tasks; a customer's fields by batch update of companies, its notes and tasks associated
 * with the company. The answer is read item by item ({@link BatchAnswers}); a call that fails
 * as a whole throws, so the core journals every item of it as failed and retries it next run.
 */
final class HubSpotWriter {
    static final int BATCH = 100;

    private final HubSpotHttp http;
    private final String version;
    private final WriteBodies bodies;

    HubSpotWriter(HubSpotHttp http, String version, WriteBodies bodies) {
        this.http = http;
        this.version = version;
        this.bodies = bodies;
    }

    /** One result per write, in order; all writes must be of one kind and at most {@value #BATCH}. */
    List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
        if (writes.isEmpty()) {
            return List.of();
        }
        WriteKind kind = writes.get(0).kind();
        if (writes.size() > BATCH || writes.stream().anyMatch(w -> w.kind() != kind)) {
            throw new IllegalArgumentException("a HubSpot batch takes at most " + BATCH + " writes of one kind");
        }
        JsonNode answer = switch (kind) {
            case FIELDS -> {
                ObjectNode body = bodies.fieldUpdates(cast(writes, CrmWrite.FieldUpdate.class));
                yield http.send(Lane.GENERAL, "update deal fields", calls, api -> api.batchUpdate(version, "deals", body));
            }
            case NOTE -> {
                ObjectNode body = bodies.notes(cast(writes, CrmWrite.Note.class));
                yield http.send(Lane.GENERAL, "create notes", calls, api -> api.batchCreate(version, "notes", body));
            }
            case TASK -> {
                ObjectNode body = bodies.tasks(cast(writes, CrmWrite.Task.class));
                yield http.send(Lane.GENERAL, "create tasks", calls, api -> api.batchCreate(version, "tasks", body));
            }
            case OWNER_TASK -> {
                ObjectNode body = bodies.ownerTasks(cast(writes, CrmWrite.OwnerTask.class));
                yield http.send(Lane.GENERAL, "create review tasks", calls, api -> api.batchCreate(version, "tasks", body));
            }
            case CUSTOMER_FIELDS -> {
                ObjectNode body = bodies.customerFields(cast(writes, CrmWrite.CustomerFields.class));
                yield http.send(Lane.GENERAL, "update customer companies", calls, api -> api.batchUpdate(version, "companies", body));
            }
            case CUSTOMER_NOTE -> {
                ObjectNode body = bodies.customerNotes(cast(writes, CrmWrite.CustomerNote.class));
                yield http.send(Lane.GENERAL, "create customer notes", calls, api -> api.batchCreate(version, "notes", body));
            }
            case CUSTOMER_TASK -> {
                ObjectNode body = bodies.customerTasks(cast(writes, CrmWrite.CustomerTask.class));
                yield http.send(Lane.GENERAL, "create customer tasks", calls, api -> api.batchCreate(version, "tasks", body));
            }
            case TASK_UPDATE -> {
                ObjectNode body = bodies.taskUpdates(cast(writes, CrmWrite.TaskUpdate.class));
                yield http.send(Lane.GENERAL, "update tasks", calls, api -> api.batchUpdate(version, "tasks", body));
            }
        };
        // an update's result is the record it updated, so it may be matched by id; a create's never is
        return BatchAnswers.read(writes, answer, kind == WriteKind.FIELDS || kind == WriteKind.CUSTOMER_FIELDS);
    }

    private static <T extends CrmWrite> List<T> cast(List<CrmWrite> writes, Class<T> type) {
        return writes.stream().map(type::cast).toList();
    }
}
