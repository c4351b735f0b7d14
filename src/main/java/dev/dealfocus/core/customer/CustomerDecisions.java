package dev.dealfocus.core.customer;

import dev.dealfocus.core.decision.Keys;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The traffic light's procedure (issue 14, item 3), pure: the signs give a light (or none: the customer keeps
 * its light); a light a person set is kept until a sign changes; an episode starts when the light turns YELLOW or
 * RED and ends when it returns to GREEN (RED -> YELLOW -> RED continues it). YELLOW: a note listing the signs once
 * per episode and a review meeting every cadence, one task per cycle. RED: a remediation phase with two or three
 * goals, a review in its middle and at its end; the day after the end review the goals are measured from the
 * signs: met, the light is read afresh and a note says so; unmet, an orderly exit is recommended (note and task
 * for the account owner); unmeasurable, the owner checks the data. Every write carries a key of the customer,
 * the episode and the step, so a rerun writes nothing twice.
 */
public final class CustomerDecisions {
    private final HealthRules rules;
    private final HealthPolicy policy;
    private final int cadenceDays;

    /** @param cadenceDays days between a YELLOW customer's review meetings */
    public CustomerDecisions(HealthPolicy policy, int cadenceDays) {
        if (cadenceDays < 1) {
            throw new IllegalArgumentException("the review cadence must be at least a day");
        }
        this.rules = new HealthRules(policy);
        this.policy = policy;
        this.cadenceDays = cadenceDays;
    }

    public CustomerDecision decide(CustomerFacts facts, CustomerMemory memory, LocalDate today) {
        Health health = rules.judge(facts, today);
        String signs = signature(health);
        Light held = memory.heldByHand();
        String heldSigns = memory.signsAtHold();
        if (facts.shownLight() != null && facts.shownLight() != memory.shown() && facts.shownLight() != memory.written()) {
            held = facts.shownLight(); // the CRM shows a light DealFocus did not write, and did not show before: a person's
            heldSigns = signs;
        } else if (held != null && !signs.equals(heldSigns)) {
            held = null; // a sign changed since: the signs decide again
            heldSigns = null;
        }
        Light light = held != null ? held : health.unknown() ? memory.light() : health.light();
        List<CustomerAction> actions = new ArrayList<>();
        LocalDate episode = memory.episodeStart();
        Remediation remediation = memory.remediation();
        if (light == Light.YELLOW || light == Light.RED) {
            episode = episode != null ? episode : today;
        }
        if (light == Light.YELLOW) {
            actions.add(action(facts, episode, CustomerAction.Kind.SIGNS_NOTE, "signs", null));
            long cycle = ChronoUnit.DAYS.between(episode, today) / cadenceDays + 1;
            actions.add(action(facts, episode, CustomerAction.Kind.REVIEW_MEETING_TASK, "review-" + cycle,
                    episode.plusDays(cycle * cadenceDays)));
        } else if (light == Light.RED) {
            if (remediation == null || remediation.outcome() == Remediation.Outcome.SUCCEEDED) {
                remediation = plan(health, today); // RED again after goals met: a new phase with new goals
            }
            String phase = remediation.startedOn().toString();
            actions.add(action(facts, episode, CustomerAction.Kind.REMEDIATION_NOTE, "remediation-" + phase, null));
            actions.add(action(facts, episode, CustomerAction.Kind.MID_REVIEW_TASK, "mid-" + phase, remediation.midReviewOn()));
            actions.add(action(facts, episode, CustomerAction.Kind.END_REVIEW_TASK, "end-" + phase, remediation.endReviewOn()));
        }
        // measured the day after the end review, or when the light turns GREEN first
        if (episode != null && remediation != null && remediation.outcome() == null
                && (today.isAfter(remediation.endReviewOn()) || light == Light.GREEN)) {
            remediation = remediation.measured(outcome(remediation, health));
            if (remediation.outcome() == Remediation.Outcome.SUCCEEDED && held == null && !health.unknown()) {
                light = health.light();
            }
        }
        if (episode != null && remediation != null && remediation.outcome() != null) {
            actions.addAll(outcomeActions(facts, episode, remediation, today));
        }
        LocalDate actedEpisode = episode;
        Remediation actedRemediation = remediation;
        if (light == Light.GREEN) {
            episode = null; // the episode ends; its last writes (a success note) are planned above
            remediation = null;
        }
        CustomerMemory next = new CustomerMemory(light, memory.written(), facts.shownLight(), held, heldSigns, episode, remediation);
        return new CustomerDecision(facts.id(), light, health, held != null, next, actions, actedEpisode, actedRemediation);
    }

    private static List<CustomerAction> outcomeActions(CustomerFacts facts, LocalDate episode, Remediation r, LocalDate today) {
        String phase = r.startedOn().toString();
        return switch (r.outcome()) {
            case SUCCEEDED -> List.of(action(facts, episode, CustomerAction.Kind.SUCCESS_NOTE, "success-" + phase, null));
            case EXIT_RECOMMENDED -> List.of(action(facts, episode, CustomerAction.Kind.EXIT_NOTE, "exit-" + phase, null),
                    action(facts, episode, CustomerAction.Kind.EXIT_TASK, "exit-task-" + phase, r.endReviewOn().plusDays(1)));
            case UNMEASURED -> List.of(action(facts, episode, CustomerAction.Kind.UNMEASURED_NOTE, "unmeasured-" + phase, null));
        };
    }

    /** The remediation of a customer that turned RED today: goals from the RED signs, then the YELLOW ones. */
    Remediation plan(Health health, LocalDate today) {
        int days = policy.remediationWeeks() * 7;
        LocalDate end = today.plusDays(days);
        List<Goal> goals = new ArrayList<>();
        for (Signal.Level level : List.of(Signal.Level.RED, Signal.Level.YELLOW)) {
            health.at(level).stream().limit(3 - goals.size()).forEach(k -> goals.add(new Goal(Goal.Code.of(k), end)));
        }
        if (goals.size() < 2) {
            goals.add(new Goal(Goal.Code.NO_NEW_RED, end));
        }
        return new Remediation(today, today.plusDays(days / 2), end, goals, null);
    }

    /** Each goal against the signs now. */
    public static Goal.Result result(Goal goal, Health health) {
        if (goal.code() == Goal.Code.NO_NEW_RED) {
            return !health.at(Signal.Level.RED).isEmpty() ? Goal.Result.UNMET
                    : health.at(Signal.Level.UNKNOWN).isEmpty() ? Goal.Result.MET : Goal.Result.UNKNOWN;
        }
        return switch (health.signal(goal.code().sign()).level()) {
            case FINE -> Goal.Result.MET;
            case UNKNOWN -> Goal.Result.UNKNOWN;
            default -> Goal.Result.UNMET;
        };
    }

    private static Remediation.Outcome outcome(Remediation r, Health health) {
        List<Goal.Result> results = r.goals().stream().map(g -> result(g, health)).toList();
        if (results.contains(Goal.Result.UNMET)) {
            return Remediation.Outcome.EXIT_RECOMMENDED;
        }
        return results.contains(Goal.Result.UNKNOWN) ? Remediation.Outcome.UNMEASURED : Remediation.Outcome.SUCCEEDED;
    }

    /** The signs' levels in a line ({@code USAGE=FINE,PAYMENT=RED,...}): a person's light holds while this stays. */
    public static String signature(Health health) {
        return health.signals().stream().map(s -> s.kind() + "=" + s.level()).collect(Collectors.joining(","));
    }

    private static CustomerAction action(CustomerFacts c, LocalDate episode, CustomerAction.Kind kind, String step, LocalDate due) {
        return new CustomerAction(kind, Keys.of("customer", c.id(), episode.toString(), step), due);
    }
}
