package dev.dealfocus.core.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Median value per hour per team and currency over the team's worked (ACTIVE or NURTURE) deals
 * (section 12, step 6). Built from the latest stored assessment of every deal, one sample per deal.
 */
public final class TeamMedians {
    /** The median of one team in one currency over {@code deals} deals. */
    public record Median(BigDecimal value, int deals) {
    }

    private static final TeamMedians NONE = new TeamMedians(Map.of());
    private final Map<String, Median> medians;

    private TeamMedians(Map<String, Median> medians) {
        this.medians = medians;
    }

    public static TeamMedians none() {
        return NONE;
    }

    /** Teams with fewer than {@code minDeals} worked deals get no median: the rule is skipped. */
    public static TeamMedians of(Collection<ValueSample> samples, int minDeals) {
        Map<String, List<BigDecimal>> values = new HashMap<>();
        Map<String, ValueSample> byDeal = new HashMap<>();
        samples.forEach(s -> byDeal.put(s.dealId(), s));
        byDeal.values().stream()
                .filter(s -> s.statusBeforeValueRule() != null && s.statusBeforeValueRule().isWorked())
                .forEach(s -> values.computeIfAbsent(key(s.teamKey(), s.currency()), k -> new ArrayList<>()).add(s.perHour()));
        Map<String, Median> medians = new HashMap<>();
        values.forEach((key, list) -> {
            if (list.size() >= minDeals) {
                medians.put(key, new Median(median(list), list.size()));
            }
        });
        return new TeamMedians(Map.copyOf(medians));
    }

    public Optional<Median> lookup(String teamKey, String currency) {
        return Optional.ofNullable(medians.get(key(teamKey, currency)));
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static String key(String teamKey, String currency) {
        return teamKey + "|" + currency;
    }
}
