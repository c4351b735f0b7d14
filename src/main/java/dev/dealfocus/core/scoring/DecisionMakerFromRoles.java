package dev.dealfocus.core.scoring;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decision maker from the buying roles of the deal's contacts: the best-scoring role wins, e.g.
 * {@code DECISION_MAKER=20, BUDGET_HOLDER=20, CHAMPION=10}. Roles are matched case-insensitively; a
 * contact with several roles, stored as CRMs store multi-select values ({@code END_USER;CHAMPION}),
 * counts with its best one.
 */
public record DecisionMakerFromRoles(Map<String, Integer> rolePoints) implements DerivedRule {
    public DecisionMakerFromRoles {
        TreeMap<String, Integer> normalised = new TreeMap<>();
        rolePoints.forEach((role, points) -> {
            DimensionScore.requireValidPoints(points, "role " + role);
            normalised.put(role.trim().toLowerCase(Locale.ROOT), points);
        });
        rolePoints = Map.copyOf(normalised);
    }

    @Override
    public Optional<DimensionScore> score(Dimension dimension, DealSnapshot deal, LocalDate today) {
        if (deal.contacts().isEmpty()) {
            return Optional.of(DimensionScore.worded(dimension, 0, "no contact associated", "no-contacts"));
        }
        Optional<String> best = deal.contacts().stream()
                .filter(c -> c.buyingRole() != null)
                .flatMap(c -> Arrays.stream(c.buyingRole().split(";")))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .max(Comparator.comparingInt(this::points));
        if (best.isEmpty() || points(best.get()) == 0) {
            return Optional.of(DimensionScore.worded(dimension, 0, "no contact with a decision role among "
                    + deal.contacts().size() + " contacts", "no-decision-role", "contacts", String.valueOf(deal.contacts().size())));
        }
        return Optional.of(DimensionScore.worded(dimension, points(best.get()), "contact with buying role "
                + best.get() + " involved", "buying-role", "role", best.get()));
    }

    private int points(String role) {
        return rolePoints.getOrDefault(role.toLowerCase(Locale.ROOT), 0);
    }
}
