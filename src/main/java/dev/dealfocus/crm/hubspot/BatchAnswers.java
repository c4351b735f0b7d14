package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a batch write's answer item by item (spec {@code BatchResponseSimplePublicObject} on 200 and
 * 201, {@code ...WithErrors} on 207). Every input carries its idempotency key as
 * {@code objectWriteTraceId}, which HubSpot echoes on each result, so an item is applied exactly when
 * a result carries its key (or, for an update, its record id). An item without a result failed; the
 * error that names its key or record in its {@code context} says why. Errors HubSpot will repeat
 * however often the item is sent (a bad value, a record that is gone) are refusals; others are
 * retried on the next run.
 */
final class BatchAnswers {
    private static final Set<String> REFUSALS = Set.of("VALIDATION_ERROR", "OBJECT_NOT_FOUND", "INVALID_PARAMS");

    private BatchAnswers() {
    }

    /** One result per write, in the writes' order. */
    static List<WriteResult> read(List<? extends CrmWrite> writes, JsonNode answer, boolean matchById) {
        Map<String, String> appliedByKey = new HashMap<>();
        Map<String, String> appliedById = new HashMap<>();
        for (JsonNode result : answer.path("results")) {
            String id = result.path("id").asText();
            if (result.path("objectWriteTraceId").isTextual()) {
                appliedByKey.put(result.path("objectWriteTraceId").asText(), id);
            }
            appliedById.put(id, id);
        }
        List<WriteResult> results = new ArrayList<>();
        for (CrmWrite write : writes) {
            String crmId = appliedByKey.get(write.key());
            if (crmId == null && matchById) {
                crmId = appliedById.get(record(write));
            }
            results.add(crmId != null ? WriteResult.ok(write.key(), crmId) : failure(write, answer.path("errors")));
        }
        return results;
    }

    private static WriteResult failure(CrmWrite write, JsonNode errors) {
        for (JsonNode error : errors) {
            if (names(error.path("context"), write.key()) || names(error.path("context"), record(write))) {
                String reason = "HubSpot: " + error.path("category").asText("ERROR") + ": " + error.path("message").asText("");
                return REFUSALS.contains(error.path("category").asText()) ? WriteResult.refused(write.key(), reason)
                        : WriteResult.failed(write.key(), reason, null);
            }
        }
        return WriteResult.failed(write.key(), errors.isEmpty() ? "HubSpot returned no result for this item"
                : "HubSpot returned no result for this item; its errors named no item: " + errors.get(0).path("message").asText(""), null);
    }

    /**
     * The writes a batch refused as a whole (a 400) names, by key, with HubSpot's reason: an item is
     * named when its key or record id stands in the error's {@code context} (or an inner error's), or
     * its key in the message. Items not named were not the cause and may be sent again without them.
     */
    static Map<String, String> named(List<? extends CrmWrite> writes, JsonNode error) {
        Map<String, String> named = new LinkedHashMap<>();
        String message = error.path("message").asText("");
        List<JsonNode> contexts = new ArrayList<>();
        contexts.add(error.path("context"));
        error.path("errors").forEach(e -> contexts.add(e.path("context")));
        for (CrmWrite write : writes) {
            boolean inContext = contexts.stream().anyMatch(c -> names(c, write.key()) || names(c, record(write))
                    || write instanceof CrmWrite.TaskUpdate u && names(c, u.taskId()));
            if (inContext || message.contains(write.key())) {
                named.put(write.key(), "HubSpot: " + error.path("category").asText("ERROR") + ": " + message);
            }
        }
        return named;
    }

    /** The record a write changes or hangs on: the customer's company, else the deal. */
    private static String record(CrmWrite write) {
        return write instanceof CrmWrite.CustomerWrite c ? c.customerId() : write.dealId();
    }

    private static boolean names(JsonNode context, String value) {
        for (JsonNode values : context) {
            if (values.isValueNode() && value.equals(values.asText())) {
                return true;
            }
            for (JsonNode v : values) {
                if (value.equals(v.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
