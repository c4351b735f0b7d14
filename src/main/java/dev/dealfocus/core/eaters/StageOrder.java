package dev.dealfocus.core.eaters;

import java.util.List;
import java.util.Map;

/**
 * The order of each pipeline's stages (the CRM's, or dealfocus.stages.order.<pipeline>). A stage change the
 * order cannot place counts as movement: better to leave a deal off the time-eater list than to name it wrongly.
 */
public record StageOrder(Map<String, List<String>> byPipeline) {
    public StageOrder {
        byPipeline = Map.copyOf(byPipeline);
    }

    /** Whether a deal moved from {@code from} to a later stage {@code to} in its pipeline. */
    public boolean advanced(String pipeline, String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return false;
        }
        List<String> order = byPipeline.get(pipeline);
        if (order == null || !order.contains(from) || !order.contains(to)) {
            return true;
        }
        return order.indexOf(to) > order.indexOf(from);
    }
}
