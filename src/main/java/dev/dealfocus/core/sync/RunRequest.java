package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.Trigger;
import java.util.Objects;

/**
 * A request to run.
 *
 * @param dryRun  plan only, write nothing
 * @param confirm apply even when the plan exceeds the safety cap (an operator confirmed it)
 */
public record RunRequest(Trigger trigger, boolean dryRun, boolean confirm) {
    public RunRequest {
        Objects.requireNonNull(trigger, "trigger");
        if (dryRun && confirm) {
            throw new IllegalArgumentException("dryRun and confirm exclude each other: a confirmed run applies its plan");
        }
    }
}
