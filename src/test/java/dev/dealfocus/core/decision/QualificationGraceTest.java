package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.plan.DealPlan;
import dev.dealfocus.core.plan.Planner;
import dev.dealfocus.core.scoring.Dimension;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 7, item 9: a young deal gets time to be qualified before its score can park it. */
class QualificationGraceTest {
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);

    private static String codes(Assessment a) {
        return a.reasons().stream().map(r -> r.code().name()).toList().toString();
    }

    @Test
    void givenDealCreatedYesterdayWithOnlyAnAmount_assess_doesNotParkItButAsksToQualifyIt() {
        DealSnapshot deal = deal().createdOn(TODAY.minusDays(1)).points(0, 0, 0, 0, 0).unknown(Dimension.PROBLEM)
                .unknown(Dimension.TIMELINE).unknown(Dimension.FIT).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none());

        assertThat(a.status()).isNull();
        assertThat(codes(a)).contains("QUALIFYING");
        DealPlan plan = new Planner(Fixtures.policy()).plan(deal, a);
        assertThat(plan.note()).isNull();
        assertThat(plan.tasks()).singleElement().satisfies(t -> {
            assertThat(t.kind().name()).isEqualTo("QUALIFY_TASK");
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 12, 14)); // created 29 November + 14 days, a Sunday: Monday
        });
    }

    @Test
    void givenDealCreatedThirteenDaysAgoScoringBelowTheBand_assess_keepsItsStatusWithQualifying() {
        DealSnapshot deal = deal().createdOn(TODAY.minusDays(13)).score(30).shownStatus(Status.NURTURE).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.NURTURE);
        assertThat(codes(a)).contains("QUALIFYING");
    }

    @Test
    void givenDealCreatedFourteenDaysAgoScoringBelowTheBand_assess_parksIt() {
        DealSnapshot deal = deal().createdOn(TODAY.minusDays(14)).score(30).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(codes(a)).doesNotContain("QUALIFYING");
    }

    @Test
    void givenYoungDealWithTwoPersistentSignals_assess_parksItAsUsual() {
        DealSnapshot deal = deal().createdOn(TODAY.minusDays(3)).score(30).contacts().build();
        Policy policy = new dev.dealfocus.core.PolicyBuilder().signals(new SignalPolicy(0, 3, java.util.Map.of(), 2)).build();
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK).assess(deal, Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(codes(a)).contains("SIGNALS");
    }

    @Test
    void givenYoungDealFarBelowItsTeamsValuePerHour_assess_comparesButDoesNotParkIt() {
        DealSnapshot deal = deal().createdOn(TODAY.minusDays(3)).score(30).probability("0.1").property("margin", "1000")
                .property("hours", "40").build();
        TeamMedians medians = TeamMedians.of(java.util.List.of(
                new ValueSample("P-1", "team:T-1", "EUR", new java.math.BigDecimal("500"), Status.ACTIVE),
                new ValueSample("P-2", "team:T-1", "EUR", new java.math.BigDecimal("600"), Status.ACTIVE),
                new ValueSample("P-3", "team:T-1", "EUR", new java.math.BigDecimal("700"), Status.ACTIVE)), 3);
        Assessment a = assessor.assess(deal, Fixtures.NOW, null, medians);
        assertThat(a.status()).isNull();
        assertThat(a.value().teamMedian()).isEqualByComparingTo("600");
        assertThat(codes(a)).contains("QUALIFYING").doesNotContain("LOW_VALUE_PER_HOUR");
    }
}
