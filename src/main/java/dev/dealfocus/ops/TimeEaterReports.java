package dev.dealfocus.ops;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.eaters.Effort;
import dev.dealfocus.core.eaters.EffortActivity;
import dev.dealfocus.core.eaters.EffortPolicy;
import dev.dealfocus.core.eaters.EffortSource;
import dev.dealfocus.core.eaters.EffortStore;
import dev.dealfocus.core.eaters.Quarter;
import dev.dealfocus.core.eaters.QuarterFacts;
import dev.dealfocus.core.eaters.QuarterJournal;
import dev.dealfocus.core.eaters.StageOrder;
import dev.dealfocus.core.eaters.TimeEaters;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.review.ReviewInputs;
import dev.dealfocus.core.review.ReviewSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quarterly time-eater list: the journal says which deals did not move, the CRM what effort went into
 * them (read in batches for the candidates only), the latest assessments their status and value.
 */
@ApplicationScoped
public class TimeEaterReports {
    /** This CRM cannot read effort as configured. */
    public static class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    private final ReviewSource deals;
    private final QuarterJournal journal;
    private final CrmGateway crm;
    private final DecisionStore store;
    private final Policy policy;
    private final EffortPolicy effort;
    private final StageOrder stages;
    private final DealFocusConfig config;
    private final EffortStore efforts;
    private final Clock clock;

    public TimeEaterReports(ReviewSource deals, QuarterJournal journal, CrmGateway crm, DecisionStore store, Policy policy,
                            DealFocusConfig config, EffortStore efforts, Clock clock) {
        this.efforts = efforts;
        this.clock = clock;
        this.deals = deals;
        this.journal = journal;
        this.crm = crm;
        this.store = store;
        this.policy = policy;
        this.config = config;
        var m = config.timeEaters().minutes();
        this.effort = new EffortPolicy(Map.of(EffortActivity.Type.CALL, m.call(), EffortActivity.Type.MEETING, m.meeting(),
                EffortActivity.Type.EMAIL, m.email(), EffortActivity.Type.TASK, m.task()),
                config.timeEaters().hoursSpentProperty().map(String::strip).filter(p -> !p.isEmpty()).orElse(null));
        Map<String, List<String>> order = new java.util.HashMap<>();
        config.stages().forEach((key, value) -> {
            if (key.startsWith("order.")) {
                order.put(key.substring("order.".length()), java.util.Arrays.stream(value.split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList());
            }
        });
        this.stages = new StageOrder(order);
    }

    public java.time.Month fiscalYearStart() {
        return config.timeEaters().fiscalYearStart();
    }

    public dev.dealfocus.core.eaters.TimeEaterReport build(Quarter quarter, String owner, String team) {
        return build(quarter, owner, team, null);
    }

    /**
     * @param runCalls a run's CRM calls, to which this list's reads are added as well, or null
     */
    public dev.dealfocus.core.eaters.TimeEaterReport build(Quarter quarter, String owner, String team, ApiCalls runCalls) {
        if (!(crm instanceof EffortSource source)) {
            throw new Unsupported("The time-eater list reads effort from the CRM's activities; " + crm.capabilities().name()
                    + " cannot tell them.");
        }
        ZoneId zone = policy.timeZone();
        Instant from = quarter.start(zone);
        Instant to = quarter.end(zone);
        Map<String, QuarterFacts> facts = journal.facts(from, to);
        // only deals that did not move can be time-eaters: the CRM is asked for their effort alone; deals closed in
        // the CRM in the quarter and not won count too (their effort went into a deal that is gone)
        List<ReviewInputs.Deal> open = deals.managedDeals().stream().filter(d -> facts.containsKey(d.dealId())).toList();
        java.util.Set<String> openIds = new java.util.HashSet<>(open.stream().map(ReviewInputs.Deal::dealId).toList());
        java.util.Set<String> lost = new java.util.HashSet<>();
        List<ReviewInputs.Deal> all = new ArrayList<>(open);
        deals.closedInCrm(facts.keySet().stream().filter(id -> !openIds.contains(id)).toList()).forEach(d -> {
            all.add(d);
            lost.add(d.dealId());
        });
        List<ReviewInputs.Deal> candidates = all.stream()
                .filter(d -> owner == null || owner.equals(d.ownerId())).filter(d -> team == null || team.equals(d.teamKey()))
                .filter(d -> unmoved(facts.get(d.dealId()))).toList();
        ApiCalls calls = new ApiCalls();
        Map<String, BigDecimal> hours = hours(source, quarter, candidates.stream().map(ReviewInputs.Deal::dealId).toList(),
                from, to, calls);
        List<TimeEaters.Candidate> list = new ArrayList<>();
        for (ReviewInputs.Deal d : candidates) {
            QuarterFacts f = facts.get(d.dealId());
            list.add(new TimeEaters.Candidate(d.dealId(), d.name(), d.ownerId(), d.teamKey(), d.status(), d.score(), d.perHour(),
                    d.currency(), hours.getOrDefault(d.dealId(), BigDecimal.ZERO), f.stageAdvanced(stages), f.scoreRose(),
                    f.wonInQuarter(), nextMissing(d), lost.contains(d.dealId())));
        }
        TeamMedians medians = TeamMedians.of(store.valueSamples(), policy.value().minTeamDeals());
        if (runCalls != null) {
            runCalls.add(calls.count());
        }
        return new dev.dealfocus.core.eaters.TimeEaterReport(quarter, owner, team, calls.count(),
                new TimeEaters(policy.value().belowMedianFactor()).rank(list, medians, owner, team));
    }

    /**
     * Each deal's effort in the quarter: stored where it was read after the quarter ended (final) or today (the
     * quarter still runs), else read from the CRM in batches and stored, so a report reads the CRM at most once
     * a day per deal, and never again for a quarter that has ended.
     */
    private Map<String, BigDecimal> hours(EffortSource source, Quarter quarter, List<String> ids, Instant from, Instant to,
                                          ApiCalls calls) {
        Instant now = clock.instant();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, policy.timeZone());
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        List<String> toRead = new ArrayList<>();
        Map<String, EffortStore.Stored> stored = efforts.stored(quarter.toString(), ids);
        for (String id : ids) {
            EffortStore.Stored s = stored.get(id);
            boolean fresh = s != null && (!s.readAt().isBefore(to)
                    || java.time.LocalDate.ofInstant(s.readAt(), policy.timeZone()).equals(today));
            if (fresh) {
                out.put(id, s.hours());
            } else {
                toRead.add(id);
            }
        }
        if (toRead.isEmpty()) {
            return out;
        }
        Map<String, BigDecimal> read = new java.util.HashMap<>();
        if (effort.hoursSpentProperty() != null) {
            try {
                source.hoursSpent(toRead, effort.hoursSpentProperty(), from, to, calls)
                        .forEach((id, spent) -> read.put(id, spent.increase()));
            } catch (UnsupportedOperationException e) {
                throw new Unsupported("dealfocus.time-eaters.hours-spent-property=" + effort.hoursSpentProperty() + ": "
                        + e.getMessage() + "; remove the setting to count activities instead.");
            }
        } else {
            Map<String, List<EffortActivity>> activities = source.effort(toRead, from, to, calls);
            toRead.forEach(id -> read.put(id, Effort.hours(activities.getOrDefault(id, List.of()), effort, from, to)));
        }
        toRead.forEach(id -> read.putIfAbsent(id, BigDecimal.ZERO));
        efforts.store(quarter.toString(), read, now);
        out.putAll(read);
        return out;
    }

    private boolean unmoved(QuarterFacts f) {
        return !f.wonInQuarter() && !f.stageAdvanced(stages) && !f.scoreRose();
    }

    /** The first question still unanswered, as the dimension's name (BUDGET), or null. */
    private static String nextMissing(ReviewInputs.Deal d) {
        Optional<ReasonCode> missing = d.reasons().stream().map(r -> r.code()).filter(c -> c.name().startsWith("MISSING_")).findFirst();
        return missing.map(c -> c.name().substring("MISSING_".length())).orElse(null);
    }
}
