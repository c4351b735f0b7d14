package dev.dealfocus.core.review;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.review.ReviewInputs.Deal;
import dev.dealfocus.core.review.ReviewInputs.Line;
import dev.dealfocus.core.review.WeeklyReview.Entry;
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

    /**
     * @param belowMedianFactor the value rule's factor (0.5)
     * @param scoreMove         {@code dealfocus.review.score-move}: the smallest score change worth naming
     * @param recommendOnly     DealFocus only recommends statuses: every recommended PARKED or CLOSED awaits a person
     */
    public WeeklyReviews(BigDecimal belowMedianFactor, int scoreMove, boolean recommendOnly) {
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
        sections.put(Kind.APPENDIX, deals.stream().map(d -> entry(d, statusFacts(d), "-")).toList());
        List<Section> out = new ArrayList<>();
        sections.forEach((kind, entries) -> out.add(new Section(kind, entries)));
        return new WeeklyReview(week, owner, team, today, out);
    }

    private List<Entry> proposals(List<Deal> deals, List<Line> held, Map<String, Deal> byId, Set<String> placed) {
        List<Entry> out = new ArrayList<>();
        for (Line l : held) {
            Deal d = byId.get(l.dealId());
            if (d != null && l.after() != null && l.after() != l.before() && placed.add(d.dealId())) {
                out.add(entry(d, "The safety cap held a run that changes it " + name(l.before()) + " -> " + l.after() + ": "
                        + sentences(l.reasons()), "Check the change; confirm the run (POST /api/runs?confirm=true) or fix the cause."));
            }
        }
        out.addAll(take(deals, placed, d -> {
            if (d.reasons().stream().anyMatch(r -> r.code() == ReasonCode.CLOSE_RECOMMENDED)) {
                return Optional.of(entry(d, sentences(d.reasons()), "Close it in the CRM, or date a next step with the customer."));
            }
            if (d.hold() != null) {
                return Optional.of(entry(d, "A person set " + (d.hold().cleared() ? "no status" : d.hold().status()) + " on "
                        + d.hold().since() + "; DealFocus keeps it until the deal changes.", "Confirm the person's call or clear it."));
            }
            if (recommendOnly && (d.status() == Status.PARKED || d.status() == Status.CLOSED)) {
                return Optional.of(entry(d, "Recommended " + d.status() + ": " + sentences(d.reasons()),
                        "Set the status if you agree; otherwise say why in a note."));
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
        return Optional.of(entry(d, "No dated next step: keeps until " + d.expiresOn() + ", parks the day after.",
                "Book a dated next step with the customer by " + d.expiresOn() + ", or let it park."));
    }

    private Optional<Entry> nextStep(Deal d, ReviewWeek week) {
        if (!week.contains(d.nextStepOn())) {
            return Optional.empty();
        }
        return Optional.of(entry(d, "Next step on " + d.nextStepOn() + ".", "Hold it, log the outcome and date the step after it."));
    }

    private Optional<Entry> lowValue(Deal d, TeamMedians medians) {
        if (d.perHour() == null || d.teamKey() == null || d.currency() == null) {
            return Optional.empty();
        }
        return medians.lookup(d.teamKey(), d.currency())
                .filter(m -> d.perHour().compareTo(m.value().multiply(belowMedianFactor)) < 0)
                .map(m -> entry(d, "Value per hour " + d.perHour().stripTrailingZeros().toPlainString() + " " + d.currency()
                        + " against the team median of " + m.value().stripTrailingZeros().toPlainString() + ".",
                        d.status() == Status.PARKED || d.status() == Status.CLOSED
                                ? "Leave it parked unless its value rises (budget, scope, probability)."
                                : "Park it, or raise its value (budget, scope, probability) before more hours go in."));
    }

    private List<Entry> changes(ReviewInputs in, Map<String, Deal> byId, Set<String> placed) {
        Map<String, List<Line>> byDeal = in.changes().stream().filter(l -> byId.containsKey(l.dealId()))
                .collect(Collectors.groupingBy(Line::dealId, LinkedHashMap::new, Collectors.toList()));
        List<Entry> out = new ArrayList<>();
        for (Deal d : byId.values()) {
            List<Line> lines = byDeal.getOrDefault(d.dealId(), List.of());
            List<String> facts = new ArrayList<>();
            if (in.firstSeen().contains(d.dealId())) {
                facts.add("New this week.");
            }
            for (Line l : lines) {
                if (l.after() != null && l.before() != l.after()) {
                    boolean back = l.before() == Status.PARKED && (l.after() == Status.ACTIVE || l.after() == Status.NURTURE);
                    facts.add((back ? "Back from PARKED: " : "") + name(l.before()) + " -> " + l.after() + " on "
                            + l.at().toString().substring(0, 10) + (l.reasons().isEmpty() ? "." : ": " + sentences(l.reasons())));
                }
            }
            Integer before = in.scoresBefore().get(d.dealId());
            if (before != null && Math.abs(d.score() - before) >= scoreMove) {
                facts.add("Score " + before + " -> " + d.score() + ".");
            }
            if (!facts.isEmpty() && placed.add(d.dealId())) {
                out.add(entry(d, String.join(" ", facts), "Read the reasons; correct the CRM if a fact is wrong."));
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

    private static Entry entry(Deal d, String facts, String action) {
        return new Entry(d.dealId(), d.name(), d.ownerId(), d.status(), d.score(), facts, action);
    }

    private static String statusFacts(Deal d) {
        return (d.status() == null ? "no status yet" : d.status().name()) + ", score " + d.score();
    }

    private static String name(Status s) {
        return s == null ? "none" : s.name();
    }

    private static String sentences(List<Reason> reasons) {
        return reasons.stream().filter(r -> r.sentence() != null).map(Reason::sentence).collect(Collectors.joining(" "));
    }
}
