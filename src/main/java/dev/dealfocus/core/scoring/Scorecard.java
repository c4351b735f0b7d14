package dev.dealfocus.core.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The five dimension scores; the score is their sum, 0-100. */
public record Scorecard(Map<Dimension, DimensionScore> dimensions) {
    public Scorecard {
        if (dimensions.size() != Dimension.values().length) {
            throw new IllegalArgumentException("a scorecard needs all five dimensions, had " + dimensions.keySet());
        }
        dimensions = Map.copyOf(new EnumMap<>(dimensions));
    }

    public static Scorecard of(List<DimensionScore> scores) {
        Map<Dimension, DimensionScore> map = new EnumMap<>(Dimension.class);
        scores.forEach(s -> map.put(s.dimension(), s));
        return new Scorecard(map);
    }

    public int total() {
        return dimensions.values().stream().mapToInt(DimensionScore::points).sum();
    }

    public long knownCount() {
        return dimensions.values().stream().filter(DimensionScore::known).count();
    }

    public DimensionScore get(Dimension dimension) {
        return dimensions.get(dimension);
    }

    /** In the fixed order problem, decision maker, timeline, budget, fit. */
    public List<DimensionScore> inOrder() {
        return java.util.Arrays.stream(Dimension.values()).map(dimensions::get).toList();
    }
}
