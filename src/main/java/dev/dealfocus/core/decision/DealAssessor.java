package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.scoring.Flags;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * domain.md section 12 as one pure function: a deal snapshot, when it was read, its previous decision
 * and the team medians in, an {@link Assessment} out. Two runs over the same input reach the same status.
 */
public final class DealAssessor {
    private final Policy policy;
    private final Clock clock;
    private final FactReader facts;
    private final Rules rules;
    private final Stickiness stickiness;
    private final ValueRule valueRule;
    private final DecisionDates dates;

    public DealAssessor(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.facts = new FactReader(policy);
        this.rules = new Rules(policy);
        this.stickiness = new Stickiness(policy);
        this.valueRule = new ValueRule(policy);
        this.dates = new DecisionDates(policy);
    }

    /** Step 1 for an open deal: why it is left alone, or empty when it is to be assessed. */
    public Optional<LeftAlone> leftAlone(DealSnapshot deal) {
        ScopePolicy scope = policy.scope();
        if (deal.property(scope.optOutProperty()).map(Flags::isTrue).orElse(false)) {
            return Optional.of(LeftAlone.OPTED_OUT);
        }
        if (!scope.pipelines().isEmpty() && !scope.pipelines().contains(deal.pipeline())) {
            return Optional.of(LeftAlone.PIPELINE_NOT_IN_SCOPE);
        }
        if (!scope.owners().isEmpty() && !scope.owners().contains(deal.ownerId())) {
            return Optional.of(LeftAlone.OWNER_NOT_IN_SCOPE);
        }
        if (!scope.teams().isEmpty() && (deal.teamId() == null || !scope.teams().contains(deal.teamId()))) {
            return Optional.of(LeftAlone.TEAM_NOT_IN_SCOPE);
        }
        return Optional.empty();
    }

    /**
     * Steps 2-8 and 10-11 for one deal in scope.
     *
     * @param readAt   when the deal was read from the CRM
     * @param previous the remembered last assessment, or {@code null} for a deal seen the first time
     */
    public Assessment assess(DealSnapshot deal, Instant readAt, PreviousDecision previous, TeamMedians medians) {
        Facts f = facts.read(deal, readAt, previous, clock.instant());
        Verdict v = rules.judge(f, policy.rulesFor(deal.pipeline()));
        v = stickiness.apply(v, f, previous);
        v = valueRule.apply(v, Optional.ofNullable(v.value()).flatMap(value -> medians.lookup(deal.teamKey(), value.currency())),
                f.young());
        v = stickiness.explain(v, f);
        v = HumanHolds.apply(v, f, previous);
        for (var score : f.card().inOrder()) {
            if (!score.known()) {
                v = v.plus(ReasonTexts.missing(score));
            }
        }
        DecisionDates.Dates d = dates.of(v.status(), f.before(), previous, f.today());
        return Assessment.of(deal, f, v, d.decidedOn(), d.reengageOn());
    }
}
