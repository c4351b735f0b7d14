package dev.dealfocus.config;

import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.render.Reengagement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code dealfocus.reengage.*} into the triggers and resources notes and exit drafts name. */
final class ReengagementFactory {
    private ReengagementFactory() {
    }

    static Reengagement build(DealFocusConfig.Reengage c) {
        Problems problems = new Problems();
        Map<ReasonCode, List<String>> triggers = new EnumMap<>(ReasonCode.class);
        c.triggers().forEach((reason, list) -> {
            try {
                triggers.put(ReasonCode.valueOf(Names.constant(reason)), list.stream().map(String::strip)
                        .filter(t -> !t.isEmpty()).toList());
            } catch (IllegalArgumentException e) {
                problems.add("dealfocus.reengage.triggers." + reason, list, "unknown reason; use one of "
                        + String.join(", ", java.util.Arrays.stream(ReasonCode.values()).map(Names::kebab).toList()));
            }
        });
        problems.throwIfAny();
        Map<String, String> pipelineTriggers = new HashMap<>();
        Map<String, String> pipelineResources = new HashMap<>();
        c.pipelines().forEach((id, p) -> {
            p.trigger().ifPresent(t -> pipelineTriggers.put(id, t.strip()));
            p.resource().ifPresent(r -> pipelineResources.put(id, r.strip()));
        });
        return new Reengagement(triggers, c.resource().map(String::strip).orElse(null), pipelineTriggers, pipelineResources);
    }
}
