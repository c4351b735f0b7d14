package dev.dealfocus.core;

import dev.dealfocus.core.decision.BusinessCalendar;
import dev.dealfocus.core.decision.PipelineRules;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.ScopePolicy;
import dev.dealfocus.core.decision.SignalPolicy;
import dev.dealfocus.core.decision.TaskPolicy;
import dev.dealfocus.core.decision.ValuePolicy;
import dev.dealfocus.core.scoring.Dimension;
import dev.dealfocus.core.scoring.DimensionMapping;
import dev.dealfocus.core.scoring.RepEntered;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The standard test policy, with one setter per thing a test varies. */
public final class PolicyBuilder {
    private final Map<Dimension, DimensionMapping> dimensions = new EnumMap<>(Dimension.class);
    private PipelineRules defaults = PipelineRules.DEFAULT;
    private final Map<String, PipelineRules> pipelines = new HashMap<>();
    private SignalPolicy signals = SignalPolicy.DEFAULT;
    private ValuePolicy value = new ValuePolicy(BigDecimal.ONE, Map.of(), "margin", null, "hours", Map.of(),
            new BigDecimal("0.5"), 3);
    private ScopePolicy scope = ScopePolicy.ALL;
    private BusinessCalendar calendar = BusinessCalendar.DEFAULT;
    private boolean autoClose;
    private boolean recommendOnly;
    private BigDecimal safetyCap = new BigDecimal("0.20");
    private int graceDays = 14;
    private TaskPolicy tasks = TaskPolicy.DEFAULT;

    public PolicyBuilder() {
        for (Dimension d : Dimension.values()) {
            String property = Fixtures.pointsProperty(d);
            dimensions.put(d, new DimensionMapping(d, new RepEntered(property, Map.of(), property + "_evidence"), null));
        }
    }

    public PolicyBuilder dimension(DimensionMapping mapping) {
        dimensions.put(mapping.dimension(), mapping);
        return this;
    }

    public PolicyBuilder defaults(PipelineRules rules) {
        this.defaults = rules;
        return this;
    }

    public PolicyBuilder pipeline(String id, PipelineRules rules) {
        pipelines.put(id, rules);
        return this;
    }

    public PolicyBuilder signals(SignalPolicy signals) {
        this.signals = signals;
        return this;
    }

    public PolicyBuilder value(ValuePolicy value) {
        this.value = value;
        return this;
    }

    public PolicyBuilder scope(ScopePolicy scope) {
        this.scope = scope;
        return this;
    }

    public PolicyBuilder calendar(BusinessCalendar calendar) {
        this.calendar = calendar;
        return this;
    }

    public PolicyBuilder autoClose(boolean on) {
        this.autoClose = on;
        return this;
    }

    public PolicyBuilder recommendOnly(boolean on) {
        this.recommendOnly = on;
        return this;
    }

    public PolicyBuilder safetyCap(String share) {
        this.safetyCap = new BigDecimal(share);
        return this;
    }

    public PolicyBuilder graceDays(int days) {
        this.graceDays = days;
        return this;
    }

    public PolicyBuilder tasks(TaskPolicy tasks) {
        this.tasks = tasks;
        return this;
    }

    public Policy build() {
        return new Policy(Fixtures.ZONE, dimensions, defaults, pipelines, signals, value, scope, tasks,
                calendar, graceDays, autoClose, recommendOnly, safetyCap, "test-1");
    }
}
