package dev.dealfocus.core.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * The points of one dimension with the evidence sentence behind them.
 *
 * @param known    false when no source gave an answer: then points are 0 and the reason
 *                 {@code MISSING_<DIMENSION>} applies
 * @param evidence one English sentence of facts, e.g. "Budget: approved up to 25,000 EUR"
 * @param facts    what the sentence says, for wording it in another language: "kind" names the
 *                 sentence (e.g. {@code close-date}), the other entries its values; empty when the
 *                 evidence is the rep's own text
 */
public record DimensionScore(Dimension dimension, int points, boolean known, String evidence, Map<String, String> facts) {
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(evidence, "evidence");
        requireValidPoints(points, dimension.name());
        if (!known && points != 0) {
            throw new IllegalArgumentException("an unknown dimension has 0 points");
        }
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public DimensionScore(Dimension dimension, int points, boolean known, String evidence) {
        this(dimension, points, known, evidence, Map.of());
    }

    /** Evidence DealFocus worded itself: {@code kind} and the values it names. */
    static DimensionScore worded(Dimension dimension, int points, String sentence, String kind, String... keyValues) {
        Map<String, String> facts = new java.util.HashMap<>();
        facts.put("kind", kind);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            facts.put(keyValues[i], keyValues[i + 1]);
        }
        return new DimensionScore(dimension, points, true, dimension.label() + ": " + sentence, facts);
    }

    public static DimensionScore unknown(Dimension dimension, String why) {
        return new DimensionScore(dimension, 0, false, dimension.label() + ": " + why, Map.of("kind", "unknown"));
    }

    static void requireValidPoints(Integer points, String what) {
        if (points == null || points < 0 || points > Dimension.MAX_POINTS) {
            throw new IllegalArgumentException(what + " must have 0-20 points, was " + points);
        }
    }
}
