package dev.dealfocus.core.eaters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.eaters.EffortActivity.Type;
import dev.dealfocus.core.eaters.TimeEaters.Candidate;
import dev.dealfocus.core.eaters.TimeEaters.Suggestion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeEatersTest {
    private static final Instant FROM = Instant.parse("2026-09-30T22:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-31T23:00:00Z");
    private final TimeEaters eaters = new TimeEaters(new BigDecimal("0.5"));

    private static Candidate deal(String id, String team, Status status, String perHour, String hours, boolean stage, boolean score,
                                  boolean won) {
        return new Candidate(id, "Deal " + id, "rep-1", team, status, 60, perHour == null ? null : new BigDecimal(perHour), "EUR",
                new BigDecimal(hours), stage, score, won, null);
    }

    private static TeamMedians median200() {
        return TeamMedians.of(List.of(new ValueSample("S1", "team:A", "EUR", new BigDecimal("200"), Status.ACTIVE),
                new ValueSample("S2", "team:A", "EUR", new BigDecimal("200"), Status.ACTIVE),
                new ValueSample("S3", "team:A", "EUR", new BigDecimal("200"), Status.ACTIVE)), 3);
    }

    @Test
    void givenActivities_hours_sumRealDurationsElseTheTypesMinutesAndLeaveOutOwnAndUncountedOnes() {
        List<EffortActivity> activities = List.of(
                new EffortActivity(Type.MEETING, Instant.parse("2026-10-05T09:00:00Z"), true, 90, false), // real: 90
                new EffortActivity(Type.MEETING, Instant.parse("2026-10-06T09:00:00Z"), true, null, false), // default 60
                new EffortActivity(Type.CALL, Instant.parse("2026-11-01T09:00:00Z"), true, null, false), // 15
                new EffortActivity(Type.EMAIL, Instant.parse("2026-11-02T09:00:00Z"), true, null, false), // 5
                new EffortActivity(Type.TASK, Instant.parse("2026-11-03T09:00:00Z"), true, null, true), // DealFocus's own
                new EffortActivity(Type.MEETING, Instant.parse("2026-11-04T09:00:00Z"), false, 60, false), // not held
                new EffortActivity(Type.CALL, Instant.parse("2026-09-30T21:59:00Z"), true, 30, false), // before the quarter
                new EffortActivity(Type.CALL, TO, true, 30, false)); // the next quarter's
        assertThat(Effort.hours(activities, EffortPolicy.DEFAULT, FROM, TO)).isEqualByComparingTo("2.83"); // 170 minutes
        assertThat(Effort.fromProperty(new BigDecimal("12"), new BigDecimal("20.5"))).isEqualByComparingTo("8.5");
        assertThat(Effort.fromProperty(new BigDecimal("12"), new BigDecimal("3"))).isEqualByComparingTo("0");
    }

    @Test
    void givenATeam_rank_namesAtMostFiveUnmovedDealsWithTheMostEffortAndTheRuleForEach() {
        List<Candidate> deals = new ArrayList<>(List.of(
                deal("parked", "team:A", Status.PARKED, "300", "20", false, false, false),
                deal("cheap", "team:A", Status.ACTIVE, "99", "18", false, false, false),
                deal("keep", "team:A", Status.ACTIVE, "300", "16", false, false, false),
                deal("advanced", "team:A", Status.ACTIVE, "300", "50", true, false, false),
                deal("rose", "team:A", Status.ACTIVE, "300", "40", false, true, false),
                deal("won", "team:A", Status.ACTIVE, "300", "30", false, false, true),
                deal("idle", "team:A", Status.ACTIVE, "300", "0", false, false, false)));
        for (int i = 1; i <= 4; i++) {
            deals.add(deal("small-" + i, "team:A", Status.NURTURE, "300", String.valueOf(i), false, false, false));
        }
        deals.add(deal("other-team", "team:B", Status.ACTIVE, "300", "99", false, false, false));

        var lists = eaters.rank(deals, median200(), null, null);

        assertThat(lists).extracting(TimeEaters.TeamList::teamKey).containsExactly("team:A", "team:B");
        assertThat(lists.get(0).entries()).extracting(e -> e.deal().dealId(), TimeEaters.Entry::suggestion).containsExactly(
                org.assertj.core.groups.Tuple.tuple("parked", Suggestion.CLOSE),
                org.assertj.core.groups.Tuple.tuple("cheap", Suggestion.PARK),
                org.assertj.core.groups.Tuple.tuple("keep", Suggestion.KEEP),
                org.assertj.core.groups.Tuple.tuple("small-4", Suggestion.KEEP),
                org.assertj.core.groups.Tuple.tuple("small-3", Suggestion.KEEP));
        assertThat(lists.get(0).entries().get(2).next()).isEqualTo("STAGE");
        assertThat(eaters.rank(deals, median200(), null, "team:B")).hasSize(1);
    }

    @Test
    void givenStageOrders_advanced_comparesPositionsAndCountsAnUnplaceableChangeAsMovement() {
        StageOrder order = new StageOrder(Map.of("default", List.of("qualified", "demo", "proposal")));
        assertThat(order.advanced("default", "qualified", "proposal")).isTrue();
        assertThat(order.advanced("default", "proposal", "demo")).isFalse();
        assertThat(order.advanced("default", "demo", "demo")).isFalse();
        assertThat(order.advanced("default", "demo", "negotiation")).as("not in the order").isTrue();
        assertThat(order.advanced("other", "a", "b")).as("no order for the pipeline").isTrue();
    }
}
