package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.Previous;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.plan.DealPlan;
import dev.dealfocus.core.plan.Planner;
import dev.dealfocus.core.scoring.Dimension;
import org.junit.jupiter.api.Test;

class InsufficientDataTest {
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);

    @Test
    void givenTwoKnownDimensions_assess_keepsStatusAndPlansOnlyScoreFields() {
        DealSnapshot deal = deal().points(5, 5, 5, 5, 5).unknown(Dimension.TIMELINE).unknown(Dimension.BUDGET)
                .unknown(Dimension.FIT).shownStatus(Status.ACTIVE).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, Previous.of(deal, Status.ACTIVE, TODAY.minusDays(40)), TeamMedians.none());

        assertThat(a.insufficientData()).isTrue();
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.score()).isEqualTo(10);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.INSUFFICIENT_DATA,
                ReasonCode.MISSING_TIMELINE, ReasonCode.MISSING_BUDGET, ReasonCode.MISSING_FIT);
        assertThat(a.valueSample()).isEmpty();

        DealPlan plan = new Planner(Fixtures.policy()).plan(deal, a);
        assertThat(plan.fields()).containsOnlyKeys(DealField.SCORE, DealField.REASONS, DealField.EXPIRES_ON);
        assertThat(plan.note()).isNull();
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.stage()).isNull();
    }

    @Test
    void givenThreeKnownDimensions_assess_decidesAndListsTheMissingOnes() {
        DealSnapshot deal = deal().points(20, 20, 20, 0, 0).unknown(Dimension.BUDGET).unknown(Dimension.FIT).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.insufficientData()).isFalse();
        assertThat(a.status()).isEqualTo(Status.NURTURE);
        assertThat(a.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.BAND, ReasonCode.MISSING_BUDGET, ReasonCode.MISSING_FIT);
    }

    @Test
    void givenNewDealWithInsufficientData_assess_givesNoStatus() {
        DealSnapshot deal = deal().unknown(Dimension.PROBLEM).unknown(Dimension.TIMELINE).unknown(Dimension.BUDGET).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.status()).isNull();
        assertThat(a.statusChanged()).isFalse();
    }
}
