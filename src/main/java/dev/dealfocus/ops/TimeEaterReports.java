package dev.dealfocus.ops;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.eaters.Effort;
import dev.dealfocus.core.eaters.EffortActivity;
import dev.dealfocus.core.eaters.EffortPolicy;
import dev.dealfocus.core.eaters.EffortSource;
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
    /** This CRM cannot read effort yet. */
    public static class Unsupported extends RuntimeException {
        Unsupported(String crm) {
            super("The time-eater list reads effort from the CRM's activities; for " + crm + " that is not built yet (issue 13).");
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

    public TimeEaterReports(ReviewSource deals, QuarterJournal journal, CrmGateway crm, DecisionStore store, Policy policy,
                            DealFocusConfig config) {
        this.deals = deals;
        this.journal = journal;
        this.crm = crm;
        this.store = store;
        this.policy = policy;
        this.config = config;
        var m = config.timeEaters().minutes();
        this.effort = new EffortPolicy(Map.of(EffortActivity.Type.CALL, m.call(), EffortActivity.Type.MEETING, m.meeting(),
                EffortActivity.Type.EMAIL, m.email(), EffortActivity.Type.TASK, m.task()), null);
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
        if (!(crm instanceof EffortSource source)) {
            throw new Unsupported(crm.capabilities().name());
        }
        ZoneId zone = policy.timeZone();
        Instant from = quarter.start(zone);
        Instant to = quarter.end(zone);
        Map<String, QuarterFacts> facts = journal.facts(from, to);
        // only deals that did not move can be time-eaters: the CRM is asked for their effort alone
        List<ReviewInputs.Deal> candidates = deals.managedDeals().stream().filter(d -> facts.containsKey(d.dealId()))
                .filter(d -> owner == null || owner.equals(d.ownerId())).filter(d -> team == null || team.equals(d.teamKey()))
                .filter(d -> unmoved(facts.get(d.dealId()))).toList();
        ApiCalls calls = new ApiCalls();
        Map<String, List<EffortActivity>> activities = source.effort(candidates.stream().map(ReviewInputs.Deal::dealId).toList(),
                from, to, calls);
        List<TimeEaters.Candidate> list = new ArrayList<>();
        for (ReviewInputs.Deal d : candidates) {
            QuarterFacts f = facts.get(d.dealId());
            BigDecimal hours = Effort.hours(activities.getOrDefault(d.dealId(), List.of()), effort, from, to);
            list.add(new TimeEaters.Candidate(d.dealId(), d.name(), d.ownerId(), d.teamKey(), d.status(), d.score(), d.perHour(),
                    d.currency(), hours, f.stageAdvanced(stages), f.scoreRose(), f.wonInQuarter(), nextMissing(d)));
        }
        TeamMedians medians = TeamMedians.of(store.valueSamples(), policy.value().minTeamDeals());
        return new dev.dealfocus.core.eaters.TimeEaterReport(quarter, owner, team, calls.count(),
                new TimeEaters(policy.value().belowMedianFactor()).rank(list, medians, owner, team));
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
