package dev.dealfocus.core.scoring;

import java.util.Objects;

/**
 * The points of one dimension with the evidence sentence behind them.
 *
 * @param known    false when no source gave an answer: then points are 0 and the reason
 *                 {@code MISSING_<DIMENSION>} applies
 * @param evidence one sentence of facts, e.g. "Budget: approved up to 25,000 EUR"
 */
public record DimensionScore(Dimension dimension, int points, boolean known, String evidence) {
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(evidence, "evidence");
        requireValidPoints(points, dimension.name());
        if (!known && points != 0) {
            throw new IllegalArgumentException("an unknown dimension has 0 points");
        }
    }

    public static DimensionScore unknown(Dimension dimension, String why) {
        return new DimensionScore(dimension, 0, false, dimension.label() + ": " + why);
    }

    static void requireValidPoints(Integer points, String what) {
        if (points == null || points < 0 || points > Dimension.MAX_POINTS) {
            throw new IllegalArgumentException(what + " must have 0-20 points, was " + points);
        }
    }
}
