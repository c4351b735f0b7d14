package dev.dealfocus.core.scoring;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Points when a free-text property is filled, e.g. problem from a "pain" field; its text becomes the
 * evidence. An empty property leaves the dimension unknown.
 */
public record FilledProperty(String property, int points) implements DerivedRule {
    private static final int MAX_EVIDENCE = 200;

    public FilledProperty {
        Objects.requireNonNull(property, "property");
        DimensionScore.requireValidPoints(points, "points");
    }

    @Override
    public Optional<DimensionScore> score(Dimension dimension, DealSnapshot deal, LocalDate today) {
        return deal.property(property).map(text -> new DimensionScore(dimension, points, true,
                dimension.label() + ": " + Flags.abbreviate(text, MAX_EVIDENCE)));
    }
}
