package dev.dealfocus.core.scoring;

import java.util.Objects;

/**
 * Where one dimension's points come from: a rep-entered property, a derived rule, or both (the
 * derived rule then answers when the rep left the property empty).
 */
public record DimensionMapping(Dimension dimension, RepEntered repEntered, DerivedRule derived) {
    public DimensionMapping {
        Objects.requireNonNull(dimension, "dimension");
    }
}
