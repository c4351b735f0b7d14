package dev.dealfocus.render;

import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The re-engagement trigger and the resource an exit draft names, from configuration: the deal's
 * pipeline first, then the first reason that has a trigger, else none (the wording's default).
 *
 * @param triggers          per reason, the triggers to name; the first is used
 * @param resource          the resource or partner contact to offer, or {@code null}
 * @param pipelineTriggers  per pipeline, its own trigger
 * @param pipelineResources per pipeline, its own resource
 */
public record Reengagement(Map<ReasonCode, List<String>> triggers, String resource, Map<String, String> pipelineTriggers,
                           Map<String, String> pipelineResources) {
    public static final Reengagement NONE = new Reengagement(Map.of(), null, Map.of(), Map.of());

    public Reengagement {
        triggers = Map.copyOf(triggers);
        pipelineTriggers = Map.copyOf(pipelineTriggers);
        pipelineResources = Map.copyOf(pipelineResources);
    }

    Optional<String> triggerFor(String pipeline, List<Reason> reasons) {
        if (pipelineTriggers.containsKey(pipeline)) {
            return Optional.of(pipelineTriggers.get(pipeline));
        }
        return reasons.stream().map(r -> triggers.getOrDefault(r.code(), List.of())).filter(l -> !l.isEmpty())
                .map(l -> l.get(0)).findFirst();
    }

    Optional<String> resourceFor(String pipeline) {
        return Optional.ofNullable(pipelineResources.getOrDefault(pipeline, resource));
    }
}
