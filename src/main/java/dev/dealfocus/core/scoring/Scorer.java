package dev.dealfocus.core.scoring;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scores a deal on the five dimensions from the configured mappings (section 12, step 2). */
public final class Scorer {
    private final Map<Dimension, DimensionMapping> mappings;

    public Scorer(Map<Dimension, DimensionMapping> mappings) {
        this.mappings = Map.copyOf(mappings);
    }

    public Scorecard score(DealSnapshot deal, LocalDate today) {
        List<DimensionScore> scores = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            DimensionMapping mapping = mappings.get(dimension);
            scores.add(mapping == null ? DimensionScore.unknown(dimension, "not mapped to any CRM data")
                    : score(mapping, deal, today));
        }
        return Scorecard.of(scores);
    }

    private DimensionScore score(DimensionMapping mapping, DealSnapshot deal, LocalDate today) {
        Dimension dimension = mapping.dimension();
        RepEntered rep = mapping.repEntered();
        String invalid = null;
        if (rep != null) {
            Optional<String> raw = deal.property(rep.property());
            if (raw.isPresent()) {
                Optional<Integer> points = rep.pointsFor(raw.get());
                if (points.isPresent()) {
                    Optional<String> evidence = deal.property(rep.evidenceProperty()).map(text -> Flags.abbreviate(text, 200));
                    return evidence.map(text -> new DimensionScore(dimension, points.get(), true, dimension.label() + ": " + text))
                            .orElseGet(() -> DimensionScore.worded(dimension, points.get(), "rep entered \"" + raw.get() + "\"",
                                    "rep-value", "value", raw.get()));
                }
                invalid = "value \"" + raw.get() + "\" in " + rep.property() + " is neither 0-20 nor a configured option";
            }
        }
        if (mapping.derived() != null) {
            Optional<DimensionScore> derived = mapping.derived().score(dimension, deal, today);
            if (derived.isPresent()) {
                return derived.get();
            }
        }
        return DimensionScore.unknown(dimension, invalid != null ? invalid : "no information in the CRM");
    }
}
