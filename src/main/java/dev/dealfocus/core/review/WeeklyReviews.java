package dev.dealfocus.core.review;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.review.ReviewInputs.Deal;
import dev.dealfocus.core.review.ReviewInputs.Line;
import dev.dealfocus.core.review.WeeklyReview.Action;
import dev.dealfocus.core.review.WeeklyReview.Entry;
import dev.dealfocus.core.review.WeeklyReview.Fact;
import dev.dealfocus.core.review.WeeklyReview.FactCode;
import dev.dealfocus.core.review.WeeklyReview.Kind;
import dev.dealfocus.core.review.WeeklyReview.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the weekly review from stored facts only: no CRM call, so a GET costs nothing of the API budget.
 * Each decision section takes the deals no earlier section took; within a section the most urgent first.
 */
public final class WeeklyReviews {
    /** How far ahead an expiry counts as soon (domain.md section 7, issue 13). */
    static final int EXPIRING_DAYS = 7;

    private final BigDecimal belowMedianFactor;
    private final int scoreMove;
    private final boolean recommendOnly;
    private final java.time.ZoneId zone;

    /**
     * @param belowMedianFactor the value rule's factor (0.5)
     * @param scoreMove         {@code dealfocus.review.score-move}: the smallest score change worth naming
     * @param recommendOnly     DealFocus only recommends statuses: every recommended PARKED or CLOSED awaits a person
     * @param zone              {@code dealfocus.time-zone}: the day a change happened on
     */
    public WeeklyReviews(BigDecimal belowMedianFactor, int scoreMove, boolean recommendOnly, java.time.ZoneId zone) {
        this.zone = zone;
        this.belowMedianFactor = belowMedianFactor;
        this.scoreMove = scoreMove;
        this.recommendOnly = recommendOnly;
    }

    /**
     * @param owner   only this owner's deals, or null
     * @param team    only this team's deals (the team key the runs use), or null
     * @param today   the day the review is asked for, in the configured zone
     * @param medians the team medians over every managed deal, whatever the filter
     */
    public WeeklyReview build(ReviewWeek week, String owner, String team, LocalDate today, ReviewInputs in, TeamMedians medians) {
        List<Deal> deals = in.deals().stream()
                .filter(d -> owner == null || owner.equals(d.ownerId()))
                .filter(d -> team == null || team.equals(d.teamKey()))
                .sorted(Comparator.comparing(Deal::name, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Deal::dealId))
                .toList();
        Map<String, Deal> byId = new LinkedHashMap<>();
        deals.forEach(d -> byId.put(d.dealId(), d));
        Set<String> placed = new HashSet<>();
        Map<Kind, List<Entry>> sections = new EnumMap<>(Kind.class);
        sections.put(Kind.PROPOSALS, proposals(deals, in.held(), byId, placed));
        // the soonest first
        sections.put(Kind.EXPIRING, take(byDate(deals, Deal::expiresOn), placed, d -> expiring(d, today)));
        sections.put(Kind.NEXT_STEPS, take(byDate(deals, Deal::nextStepOn), placed, d -> nextStep(d, week)));
        sections.put(Kind.LOW_VALUE, take(deals, placed, d -> lowValue(d, medians)));
        sections.put(Kind.CHANGES, changes(in, byId, placed));
        sections.put(Kind.APPENDIX, deals.stream().map(d -> entry(d, List.of(fact(FactCode.STATUS, Map.of())), Action.NONE)).toList());
        List<Section> out = new ArrayList<>();
        sections.forEach((kind, entries) -> out.add(new Section(kind, entries)));
        return new WeeklyReview(week, owner, team, today, out);
    }

    private List<Entry> proposals(List<Deal> deals, List<Line> held, Map<String, Deal> byId, Set<String> placed) {
        List<Entry> out = new ArrayList<>();
        for (Line l : held) {
            Deal d = byId.get(l.dealId());
            if (d != null && l.after() != null && l.after() != l.before() && placed.add(d.dealId())) {
                out.add(entry(d, List.of(new Fact(FactCode.HELD_CHANGE, Map.of("before", name(l.before()), "after", l.after().name()),
                        l.reasons())), Action.CONFIRM_OR_FIX));
            }
        }
        out.addAll(take(deals, placed, d -> {
            if (d.reasons().stream().anyMatch(r -> r.code() == ReasonCode.CLOSE_RECOMMENDED)) {
                return Optional.of(entry(d, List.of(new Fact(FactCode.CLOSE_RECOMMENDED, Map.of(), d.reasons())),
                        Action.CLOSE_OR_DATE_STEP));
            }
            if (d.hold() != null) {
                return Optional.of(entry(d, List.of(fact(FactCode.HUMAN_HOLD, Map.of("status", d.hold().cleared() ? "none"
                        : name(d.hold().status()), "since", String.valueOf(d.hold().since())))), Action.CONFIRM_OR_CLEAR_HOLD));
            }
            if (recommendOnly && (d.status() == Status.PARKED || d.status() == Status.CLOSED)) {
                return Optional.of(entry(d, List.of(new Fact(FactCode.RECOMMENDED, Map.of("status", d.status().name()), d.reasons())),
                        Action.SET_OR_EXPLAIN));
            }
            return Optional.empty();
        }));
        return out;
    }

    private Optional<Entry> expiring(Deal d, LocalDate today) {
        boolean worked = d.status() == Status.ACTIVE || d.status() == Status.NURTURE;
        if (!worked || d.expiresOn() == null || d.expiresOn().isBefore(today) || d.expiresOn().isAfter(today.plusDays(EXPIRING_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(entry(d, List.of(fact(FactCode.EXPIRES, Map.of("date", d.expiresOn().toString()))), Action.DATE_STEP));
    }

    private Optional<Entry> nextStep(Deal d, ReviewWeek week) {
        if (!week.contains(d.nextStepOn())) {
            return Optional.empty();
        }
        return Optional.of(entry(d, List.of(fact(FactCode.NEXT_STEP, Map.of("date", d.nextStepOn().toString()))), Action.HOLD_STEP));
    }

    private Optional<Entry> lowValue(Deal d, TeamMedians medians) {
        if (d.perHour() == null || d.teamKey() == null || d.currency() == null) {
            return Optional.empty();
        }
        return medians.lookup(d.teamKey(), d.currency())
                .filter(m -> d.perHour().compareTo(m.value().multiply(belowMedianFactor)) < 0)
                .map(m -> entry(d, List.of(fact(FactCode.LOW_VALUE, Map.of("perHour", d.perHour().toPlainString(), "median",
                        m.value().toPlainString(), "currency", d.currency()))),
                        d.status() == Status.PARKED || d.status() == Status.CLOSED ? Action.STAY_PARKED : Action.PARK_OR_RAISE));
    }

    private List<Entry> changes(ReviewInputs in, Map<String, Deal> byId, Set<String> placed) {
        Map<String, List<Line>> byDeal = in.changes().stream().filter(l -> byId.containsKey(l.dealId()))
                .collect(Collectors.groupingBy(Line::dealId, LinkedHashMap::new, Collectors.toList()));
        List<Entry> out = new ArrayList<>();
        for (Deal d : byId.values()) {
            List<Line> lines = byDeal.getOrDefault(d.dealId(), List.of());
            List<Fact> facts = new ArrayList<>();
            if (in.firstSeen().contains(d.dealId())) {
                facts.add(fact(FactCode.NEW_DEAL, Map.of()));
            }
            for (Line l : lines) {
                if (l.after() != null && l.before() != l.after()) {
                    boolean back = l.before() == Status.PARKED && (l.after() == Status.ACTIVE || l.after() == Status.NURTURE);
                    facts.add(new Fact(back ? FactCode.BACK_FROM_PARKED : FactCode.STATUS_CHANGE, Map.of("before", name(l.before()),
                            "after", l.after().name(), "date", l.at().atZone(zone).toLocalDate().toString()), l.reasons()));
                }
            }
            Integer before = in.scoresBefore().get(d.dealId());
            if (before != null && Math.abs(d.score() - before) >= scoreMove) {
                facts.add(fact(FactCode.SCORE_MOVE, Map.of("before", String.valueOf(before), "after", String.valueOf(d.score()))));
            }
            if (!facts.isEmpty() && placed.add(d.dealId())) {
                out.add(entry(d, facts, Action.CHECK_REASONS));
            }
        }
        return out;
    }

    private interface Fits {
        Optional<Entry> entry(Deal d);
    }

    private static List<Entry> take(List<Deal> deals, Set<String> placed, Fits fits) {
        List<Entry> out = new ArrayList<>();
        for (Deal d : deals) {
            if (!placed.contains(d.dealId())) {
                fits.entry(d).ifPresent(e -> {
                    placed.add(d.dealId());
                    out.add(e);
                });
            }
        }
        return out;
    }

    private static List<Deal> byDate(List<Deal> deals, java.util.function.Function<Deal, LocalDate> date) {
        return deals.stream().sorted(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static Entry entry(Deal d, List<Fact> facts, Action action) {
        return new Entry(d.dealId(), d.name(), d.ownerId(), d.status(), d.score(), facts, action);
    }

    private static Fact fact(FactCode code, Map<String, String> values) {
        return new Fact(code, values, List.of());
    }

    private static String name(Status s) {
        return s == null ? "none" : s.name();
    }

}
