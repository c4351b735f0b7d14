package dev.dealfocus.core.decision;

import java.util.Set;

/**
 * Which deals are assessed (section 12, step 1). An empty set means "all".
 *
 * @param optOutProperty a deal property that, when true, tells DealFocus to leave the deal alone
 */
public record ScopePolicy(Set<String> pipelines, Set<String> owners, Set<String> teams, String optOutProperty) {
    public static final ScopePolicy ALL = new ScopePolicy(Set.of(), Set.of(), Set.of(), "dealfocus_exclude");

    public ScopePolicy {
        pipelines = pipelines == null ? Set.of() : Set.copyOf(pipelines);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }
}
