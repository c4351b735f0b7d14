package dev.dealfocus.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where one dimension's points come from: a rep-entered property, a derived rule, or both (the
 * derived rule then answers when the rep left the property empty).
 */
public record DimensionMapping(Dimension dimension, RepEntered repEntered, DerivedRule derived) {
    public DimensionMapping {
        Objects.requireNonNull(dimension, "dimension");
    }

    /** The CRM deal properties this mapping reads: they are fetched, hashed and checked at start. */
    public List<String> properties() {
        List<String> properties = new ArrayList<>();
        if (repEntered != null) {
            properties.add(repEntered.property());
            if (repEntered.evidenceProperty() != null) {
                properties.add(repEntered.evidenceProperty());
            }
        }
        if (derived instanceof FilledProperty f) {
            properties.add(f.property());
        } else if (derived instanceof BudgetFromAmount b) {
            properties.add(b.approvedProperty());
        }
        return properties;
    }
}
