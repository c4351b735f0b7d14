package dev.dealfocus.core.eaters;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.TeamMedians;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quarterly time-eater list (domain.md section 6): per team, the five deals that took the most effort in
 * the quarter without moving. A deal counts if it was open at some time in the quarter and was not won in it;
 * it did not move if its stage did not advance and its score did not rise.
 */
public final class TimeEaters {
    /** How many deals a team's list names. */
    public static final int TOP = 5;

    private final BigDecimal belowMedianFactor;

    public TimeEaters(BigDecimal belowMedianFactor) {
        this.belowMedianFactor = belowMedianFactor;
    }

    /**
     * A deal as the quarter saw it.
     *
     * @param nextMissing   the first qualification question still unanswered (e.g. BUDGET), or null
     * @param lostInQuarter closed in the CRM, not won, in the quarter: the effort went into a deal that is gone
     */
    public record Candidate(String dealId, String name, String ownerId, String teamKey, Status status, int score, BigDecimal perHour,
                            String currency, BigDecimal effortHours, boolean stageAdvanced, boolean scoreRose, boolean wonInQuarter,
                            String nextMissing, boolean lostInQuarter) {
        /** A deal still open. */
        public Candidate(String dealId, String name, String ownerId, String teamKey, Status status, int score, BigDecimal perHour,
                         String currency, BigDecimal effortHours, boolean stageAdvanced, boolean scoreRose, boolean wonInQuarter,
                         String nextMissing) {
            this(dealId, name, ownerId, teamKey, status, score, perHour, currency, effortHours, stageAdvanced, scoreRose,
                    wonInQuarter, nextMissing, false);
        }

        boolean moved() {
            return stageAdvanced || scoreRose;
        }
    }

    /** What the list suggests, and the rule that says so. */
    public enum Suggestion {
        /** Already PARKED or CLOSED, and it still took effort. */
        CLOSE,
        /** Its value per hour is below the factor times its team's median. */
        PARK,
        /** Worth the effort so far: name what must happen next. */
        KEEP,
        /** Lost in the quarter after the effort: name in the team's review why, and when it showed. */
        LOST
    }

    public record Entry(Candidate deal, Suggestion suggestion, BigDecimal teamMedian, String next) {
    }

    public record TeamList(String teamKey, List<Entry> entries) {
        public TeamList {
            entries = List.copyOf(entries);
        }
    }

    /** Per team (sorted by key), at most {@link #TOP} deals, the most effort first; owner and team filter when not null. */
    public List<TeamList> rank(List<Candidate> candidates, TeamMedians medians, String owner, String team) {
        Map<String, List<Candidate>> byTeam = new TreeMap<>();
        for (Candidate c : candidates) {
            if (c.wonInQuarter() || c.moved() || c.effortHours() == null || c.effortHours().signum() <= 0 || c.teamKey() == null
                    || owner != null && !owner.equals(c.ownerId()) || team != null && !team.equals(c.teamKey())) {
                continue;
            }
            byTeam.computeIfAbsent(c.teamKey(), k -> new ArrayList<>()).add(c);
        }
        List<TeamList> out = new ArrayList<>();
        byTeam.forEach((key, list) -> out.add(new TeamList(key, list.stream()
                .sorted(Comparator.comparing(Candidate::effortHours).reversed().thenComparing(Candidate::dealId))
                .limit(TOP).map(c -> suggest(c, medians)).toList())));
        return out;
    }

    private Entry suggest(Candidate c, TeamMedians medians) {
        BigDecimal median = c.currency() == null ? null
                : medians.lookup(c.teamKey(), c.currency()).map(TeamMedians.Median::value).orElse(null);
        if (c.lostInQuarter()) {
            return new Entry(c, Suggestion.LOST, median, null);
        }
        if (c.status() == Status.PARKED || c.status() == Status.CLOSED) {
            return new Entry(c, Suggestion.CLOSE, median, null);
        }
        if (median != null && c.perHour() != null && c.perHour().compareTo(median.multiply(belowMedianFactor)) < 0) {
            return new Entry(c, Suggestion.PARK, median, null);
        }
        return new Entry(c, Suggestion.KEEP, median, c.nextMissing() == null ? "STAGE" : c.nextMissing());
    }
}
