package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuePerHourRuleTest {
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);

    private static DealSnapshot worked(String id, String probability, String margin, String hours) {
        return deal().id(id).score(80).probability(probability).property("margin", margin).property("hours", hours).build();
    }

    private static ValueSample sample(String id, String perHour) {
        return new ValueSample(id, "team:T-1", "EUR", new BigDecimal(perHour), Status.ACTIVE);
    }

    private static TeamMedians medianOf250() {
        return TeamMedians.of(List.of(sample("P-1", "250"), sample("P-2", "250"), sample("P-3", "250")), 3);
    }

    @Test
    void givenWorkedExample_assess_keepsDealAAt300AndParksDealBAt120AgainstMedian250() {
        DealSnapshot a = worked("A", "0.3", "6000", "6");
        DealSnapshot b = worked("B", "0.15", "8000", "10");
        // the team: A, B and three more worked deals; median of 120, 240, 250, 260, 300 is 250
        TeamMedians medians = TeamMedians.of(List.of(
                assessor.assess(a, Fixtures.NOW, null, TeamMedians.none()).valueSample().orElseThrow(),
                assessor.assess(b, Fixtures.NOW, null, TeamMedians.none()).valueSample().orElseThrow(),
                sample("P-1", "240"), sample("P-2", "250"), sample("P-3", "260")), 3);

        Assessment dealA = assessor.assess(a, Fixtures.NOW, null, medians);
        Assessment dealB = assessor.assess(b, Fixtures.NOW, null, medians);

        assertThat(dealA.value().perHour()).isEqualByComparingTo("300");
        assertThat(dealA.value().teamMedian()).isEqualByComparingTo("250");
        assertThat(dealA.status()).isEqualTo(Status.ACTIVE);
        assertThat(dealB.value().perHour()).isEqualByComparingTo("120");
        assertThat(dealB.status()).isEqualTo(Status.PARKED);
        assertThat(dealB.reasons()).extracting(Reason::sentence).containsExactly(
                "Value per hour 120.00 EUR is under 50 % of the team median of 250.00 EUR.");
    }

    /**
     * Step 6 comes before stickiness (step 7): the median looks at the status the other rules give. A deal the
     * value rule parked yesterday, held today for want of a new event, stays a sample; otherwise every run
     * would drop the parked deals from the median, raise it and park the next ones (found by CrmCrashIT).
     */
    @Test
    void givenDealParkedYesterdayByTheValueRule_assessAgain_stillGivesAWorkedSampleAndStaysParked() {
        DealSnapshot b = deal().id("B").score(80).probability("0.15").property("margin", "8000").property("hours", "10")
                .shownStatus(Status.PARKED).build();
        PreviousDecision parkedYesterday = dev.dealfocus.core.Previous.of(b, Status.PARKED, Fixtures.TODAY.minusDays(1));

        Assessment today = assessor.assess(b, Fixtures.NOW, parkedYesterday, medianOf250());

        assertThat(today.status()).isEqualTo(Status.PARKED);
        assertThat(today.valueSample()).map(ValueSample::statusBeforeValueRule).contains(Status.ACTIVE);
    }

    @Test
    void givenDealParkedYesterdayForExpiry_assessAgain_givesNoWorkedSample() {
        DealSnapshot b = deal().id("E").score(80).probability("0.3").property("margin", "6000").property("hours", "6")
                .createdOn(Fixtures.TODAY.minusDays(90)).noActivities().shownStatus(Status.PARKED).build();
        PreviousDecision parkedYesterday = dev.dealfocus.core.Previous.of(b, Status.PARKED, Fixtures.TODAY.minusDays(1));

        Assessment today = assessor.assess(b, Fixtures.NOW, parkedYesterday, medianOf250());

        assertThat(today.status()).isEqualTo(Status.PARKED);
        assertThat(today.valueSample()).map(ValueSample::statusBeforeValueRule).contains(Status.PARKED);
    }

    @Test
    void givenValue125AgainstMedian250_assess_keepsDeal() {
        Assessment a = assessor.assess(worked("D", "1", "125", "1"), Fixtures.NOW, null, medianOf250());
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.has(ReasonCode.LOW_VALUE_PER_HOUR)).isFalse();
    }

    @Test
    void givenValue124_99AgainstMedian250_assess_parksDeal() {
        Assessment a = assessor.assess(worked("D", "1", "124.99", "1"), Fixtures.NOW, null, medianOf250());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.LOW_VALUE_PER_HOUR);
    }

    @Test
    void givenOnlyTwoWorkedDealsInTeam_assess_skipsTheRule() {
        TeamMedians two = TeamMedians.of(List.of(sample("P-1", "250"), sample("P-2", "250")), 3);
        Assessment a = assessor.assess(worked("D", "1", "10", "1"), Fixtures.NOW, null, two);
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.value().teamMedian()).isNull();
    }

    @Test
    void givenParkedPeersAndOtherCurrencies_median_countsOnlyWorkedDealsInTheSameCurrency() {
        TeamMedians medians = TeamMedians.of(List.of(sample("P-1", "100"), sample("P-2", "200"), sample("P-3", "300"),
                new ValueSample("P-4", "team:T-1", "EUR", new BigDecimal("5000"), Status.PARKED),
                new ValueSample("P-5", "team:T-1", "USD", new BigDecimal("9000"), Status.ACTIVE)), 3);
        assertThat(medians.lookup("team:T-1", "EUR").orElseThrow().value()).isEqualByComparingTo("200");
        assertThat(medians.lookup("team:T-1", "EUR").orElseThrow().deals()).isEqualTo(3);
        assertThat(medians.lookup("team:T-1", "USD")).isEmpty();
    }

    @Test
    void givenEvenNumberOfDeals_median_isTheMeanOfTheMiddleTwo() {
        TeamMedians medians = TeamMedians.of(List.of(sample("P-1", "100"), sample("P-2", "200"), sample("P-3", "300"),
                sample("P-4", "400")), 3);
        assertThat(medians.lookup("team:T-1", "EUR").orElseThrow().value()).isEqualByComparingTo("250");
    }

    @Test
    void givenNoRemainingHours_assess_skipsTheRuleInsteadOfDividingByZero() {
        Assessment a = assessor.assess(deal().score(80).probability("0.5").property("margin", "1000").property("hours", "0")
                .build(), Fixtures.NOW, null, medianOf250());
        assertThat(a.value()).isNull();
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenSalesforceProbabilityAndStageDefaultHours_assess_normalisesAndFallsBack() {
        Policy policy = new PolicyBuilder().value(new ValuePolicy(new BigDecimal("100"), Map.of(), null,
                new BigDecimal("0.3"), null, Map.of("qualified", new BigDecimal("8")), new BigDecimal("0.5"), 3)).build();
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK).assess(
                deal().score(80).probability("40").amount("20000", "EUR").build(), Fixtures.NOW, null, TeamMedians.none());
        // 0.4 x (20,000 x 0.3) / 8 hours = 300 EUR/h
        assertThat(a.value().probability()).isEqualByComparingTo("0.4");
        assertThat(a.value().perHour()).isEqualByComparingTo("300");
    }
}
