package dev.dealfocus.config;

import dev.dealfocus.core.scoring.BudgetFromAmount;
import dev.dealfocus.core.scoring.DecisionMakerFromRoles;
import dev.dealfocus.core.scoring.DerivedRule;
import dev.dealfocus.core.scoring.Dimension;
import dev.dealfocus.core.scoring.DimensionMapping;
import dev.dealfocus.core.scoring.FilledProperty;
import dev.dealfocus.core.scoring.RepEntered;
import dev.dealfocus.core.scoring.TimelineFromCloseDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** {@code dealfocus.dimensions.<dimension>.*} into the core's dimension mappings. */
final class DimensionFactory {
    private DimensionFactory() {
    }

    static Map<Dimension, DimensionMapping> build(Map<String, DealFocusConfig.DimensionSource> sources, Problems problems) {
        Map<Dimension, DimensionMapping> mappings = new EnumMap<>(Dimension.class);
        sources.forEach((name, source) -> {
            String key = "dealfocus.dimensions." + name;
            Dimension dimension;
            try {
                dimension = Dimension.valueOf(Names.constant(name));
            } catch (IllegalArgumentException e) {
                problems.add(key, "…", "unknown dimension; use problem, decision-maker, timeline, budget or fit");
                return;
            }
            RepEntered rep = source.property().map(p -> new RepEntered(p, options(key, source.options(), problems),
                    Names.on(source.evidenceProperty()).orElse(null))).orElse(null);
            DerivedRule derived = Names.on(source.derived()).map(kind -> derived(key, kind, source, problems)).orElse(null);
            if (rep == null && derived == null && Names.on(source.derived()).isEmpty()) {
                problems.missing(key + ".property", "name the CRM property with the points, or set " + key + ".derived");
            }
            mappings.put(dimension, new DimensionMapping(dimension, rep, derived));
        });
        return mappings;
    }

    private static Map<String, Integer> options(String key, Map<String, Integer> raw, Problems problems) {
        Map<String, Integer> options = new HashMap<>();
        raw.forEach((option, points) -> options.put(option, problems.points(key + ".options." + option, points)));
        return options;
    }

    private static DerivedRule derived(String key, String kind, DealFocusConfig.DimensionSource s, Problems problems) {
        int full = problems.points(key + ".full-points", s.fullPoints());
        int partial = problems.points(key + ".partial-points", s.partialPoints());
        switch (kind) {
            case "timeline-from-close-date":
                if (s.maxPushes() < 0) {
                    problems.add(key + ".max-pushes", s.maxPushes(), "use 0 or more");
                }
                return new TimelineFromCloseDate(Math.max(0, s.maxPushes()), full, partial);
            case "decision-maker-from-roles":
                if (s.roles().isEmpty()) {
                    problems.missing(key + ".roles", "list buying roles with points, e.g. " + key + ".roles.DECISION_MAKER=20");
                }
                Map<String, Integer> roles = new HashMap<>();
                s.roles().forEach((role, points) -> roles.put(role, problems.points(key + ".roles." + role, points)));
                return new DecisionMakerFromRoles(roles);
            case "budget-from-amount":
            case "filled-property":
                if (Names.on(s.derivedProperty()).isEmpty()) {
                    problems.missing(key + ".derived-property", kind.equals("filled-property")
                            ? "name the CRM property whose text answers the question"
                            : "name the CRM checkbox that says the budget is approved");
                    return null;
                }
                return kind.equals("filled-property") ? new FilledProperty(s.derivedProperty().get(), full)
                        : new BudgetFromAmount(s.derivedProperty().get(), full, partial);
            default:
                problems.add(key + ".derived", kind, "use filled-property, timeline-from-close-date, "
                        + "decision-maker-from-roles or budget-from-amount");
                return null;
        }
    }
}
