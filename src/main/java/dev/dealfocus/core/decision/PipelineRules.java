package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that may differ per pipeline.
 *
 * @param stages the CRM stage to set per status, where configured
 */
public record PipelineRules(Bands bands, ExpiryRule expiry, Map<Status, String> stages) {
    public static final PipelineRules DEFAULT = new PipelineRules(Bands.DEFAULT, ExpiryRule.DEFAULT, Map.of());

    public PipelineRules {
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(expiry, "expiry");
        stages = stages == null ? Map.of() : Map.copyOf(stages);
    }

    public Optional<String> stageFor(Status status) {
        return Optional.ofNullable(stages.get(status));
    }
}
