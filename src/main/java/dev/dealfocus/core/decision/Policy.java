package dev.dealfocus.core.decision;

import dev.dealfocus.core.scoring.Dimension;
import dev.dealfocus.core.scoring.DimensionMapping;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every number and mapping of domain.md section 12, built from configuration by the service.
 *
 * @param timeZone       days, "today" and due dates are reckoned here
 * @param defaults       bands, expiry and stage mapping for pipelines without their own
 * @param pipelines      per-pipeline overrides, by pipeline id
 * @param graceDays      a deal younger than this is not parked for its band or missing answers (step 3)
 * @param autoClose      whether DealFocus may set CLOSED itself (else CLOSE_RECOMMENDED)
 * @param recommendOnly  write score and a recommended status only; never status or stage
 * @param safetyCap      the largest share of managed deals whose status may change in a rolling day (0.20)
 * @param ruleSetVersion journaled with every decision, so a change of rules is visible
 */
public record Policy(ZoneId timeZone, Map<Dimension, DimensionMapping> dimensions, PipelineRules defaults,
                     Map<String, PipelineRules> pipelines, SignalPolicy signals, ValuePolicy value,
                     ScopePolicy scope, TaskPolicy tasks, BusinessCalendar calendar, int graceDays, boolean autoClose,
                     boolean recommendOnly, BigDecimal safetyCap, String ruleSetVersion) {
    public Policy {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        dimensions = Map.copyOf(dimensions);
        pipelines = pipelines == null ? Map.of() : Map.copyOf(pipelines);
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace days must not be negative, was " + graceDays);
        }
        if (safetyCap == null || safetyCap.signum() < 0 || safetyCap.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("safety cap must be a share between 0 and 1, was " + safetyCap);
        }
    }

    public PipelineRules rulesFor(String pipeline) {
        return pipelines.getOrDefault(pipeline, defaults);
    }

    /**
     * The deal properties the rules read: the mapped answers and evidence, signal flags, margin, hours
     * and the opt-out checkbox. Only these are fetched from the CRM and only these make the input hash,
     * so a CRM's own bookkeeping never looks like a new event.
     */
    public Set<String> inputProperties() {
        Set<String> properties = new TreeSet<>();
        dimensions.values().forEach(m -> properties.addAll(m.properties()));
        properties.addAll(signals.flagProperties().values());
        if (value.marginProperty() != null) {
            properties.add(value.marginProperty());
        }
        if (value.hoursProperty() != null) {
            properties.add(value.hoursProperty());
        }
        properties.add(scope.optOutProperty());
        return properties;
    }
}
