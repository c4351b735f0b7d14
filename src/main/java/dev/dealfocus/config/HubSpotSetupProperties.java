package dev.dealfocus.config;

import dev.dealfocus.crm.hubspot.HubSpotSetup;
import dev.dealfocus.crm.hubspot.HubSpotSetup.Property;
import dev.dealfocus.crm.hubspot.HubSpotSetup.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deal properties the configuration maps, as the HubSpot setup should find or create them: a
 * question with options is a dropdown of those options (a question without options holds points, a
 * number), evidence is text, the budget-approved box, signal flags and the opt-out are checkboxes,
 * margin and hours are numbers.
 */
public final class HubSpotSetupProperties {
    private HubSpotSetupProperties() {
    }

    public static List<HubSpotSetup.Property> of(DealFocusConfig config) {
        Map<String, Property> byName = new LinkedHashMap<>();
        config.dimensions().forEach((dimension, source) -> {
            source.property().ifPresent(p -> put(byName, source.options().isEmpty()
                    ? new Property(p, label(dimension) + " (points 0-20)", Type.NUMBER, null, "Points 0-20 for " + dimension + ".")
                    : new Property(p, label(dimension), Type.DROPDOWN, options(source.options()), "The rep's answer on " + dimension + ".")));
            Names.on(source.evidenceProperty()).ifPresent(p -> put(byName, new Property(p, label(dimension) + " evidence", Type.TEXT, null,
                    "One sentence of evidence for the " + dimension + " answer.")));
            Names.on(source.derivedProperty()).ifPresent(p -> put(byName, "budget-from-amount".equals(source.derived().orElse(""))
                    ? new Property(p, "Budget approved", Type.CHECKBOX, null, "Ticked when the buyer's budget is approved.")
                    : new Property(p, label(dimension) + " (filled)", Type.TEXT, null, "Filled when " + dimension + " is answered.")));
        });
        config.signals().flags().forEach((signal, p) -> put(byName, new Property(p, label(signal), Type.CHECKBOX, null,
                "Early-warning signal, ticked by the rep.")));
        config.value().marginProperty().ifPresent(p -> put(byName, new Property(p, "Expected margin", Type.NUMBER, null,
                "Expected margin of the deal, in its currency.")));
        config.value().hoursProperty().ifPresent(p -> put(byName, new Property(p, "Hours remaining", Type.NUMBER, null,
                "Effort hours left to win the deal.")));
        put(byName, new Property(config.scope().optOutProperty(), "Leave alone (DealFocus)", Type.CHECKBOX, null,
                "Ticked: DealFocus leaves this deal alone."));
        return List.copyOf(byName.values());
    }

    private static void put(Map<String, Property> byName, Property p) {
        byName.putIfAbsent(p.name(), p);
    }

    private static Map<String, String> options(Map<String, Integer> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> labels.put(e.getKey(), label(e.getKey()) + " (" + e.getValue() + ")"));
        return labels;
    }

    private static String label(String key) {
        String spaced = key.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
