package dev.dealfocus.core.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Points a rep enters in a CRM property: one of the configured options, which maps to points, or the
 * points themselves (a whole number 0-20, as many portals already keep them), plus an optional
 * property holding the evidence sentence.
 *
 * @param property         the CRM property with the points or the option
 * @param options          option value to points; empty means the property holds only points
 * @param evidenceProperty the CRM property with the rep's evidence sentence, or {@code null}
 */
public record RepEntered(String property, Map<String, Integer> options, String evidenceProperty) {
    public RepEntered {
        Objects.requireNonNull(property, "property");
        TreeMap<String, Integer> normalised = new TreeMap<>();
        (options == null ? Map.<String, Integer>of() : options).forEach((option, points) -> {
            DimensionScore.requireValidPoints(points, "option " + option);
            normalised.put(option.trim().toLowerCase(Locale.ROOT), points);
        });
        options = Map.copyOf(normalised);
    }

    /** The points for a raw value, or empty when it is neither a known option nor a whole number 0-20. */
    public Optional<Integer> pointsFor(String raw) {
        String value = raw.trim();
        Integer option = options.get(value.toLowerCase(Locale.ROOT));
        if (option != null) {
            return Optional.of(option);
        }
        try {
            double number = Double.parseDouble(value);
            if (number < 0 || number > Dimension.MAX_POINTS || number != Math.rint(number)) {
                return Optional.empty();
            }
            return Optional.of((int) number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
