package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.DealBuilder;
import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.Previous;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.DealPlan;
import dev.dealfocus.core.plan.Planner;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StickinessTest {
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);

    /** Parked ten days ago; since then the score would clear the bar. */
    private static DealBuilder parked() {
        return deal().score(80).shownStatus(Status.PARKED);
    }

    @Test
    void givenParkedDealWithoutNewEvent_assess_keepsItParked() {
        DealSnapshot deal = parked().build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, Previous.of(deal, Status.PARKED, TODAY.minusDays(10)), TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.rulesStatus()).isEqualTo(Status.ACTIVE);
        assertThat(a.newEvent()).isFalse();
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_NEW_EVENT);
    }

    @Test
    void givenParkedDealWhoseInputsAPersonChanged_assess_reassessesFromScratch() {
        DealSnapshot before = parked().points(10, 10, 10, 10, 10).build();
        DealSnapshot after = parked().build();
        Assessment a = assessor.assess(after, Fixtures.NOW, Previous.of(before, Status.PARKED, TODAY.minusDays(10)), TeamMedians.none());
        assertThat(a.newEvent()).isTrue();
        assertThat(a.lastEventOn()).isEqualTo(TODAY);
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenParkedDealWithMeetingBookedSinceLastLook_assess_reactivatesIt() {
        DealSnapshot old = parked().noActivities().build();
        DealSnapshot deal = parked().noActivities()
                .activity(ActivityType.MEETING, TODAY.plusDays(3), true, null, TODAY).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, Previous.of(old, Status.PARKED, TODAY.minusDays(10)), TeamMedians.none());
        assertThat(a.newEvent()).isTrue();
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenParkedDealWithDealFocusOwnNewTaskAndNote_assess_keepsItParked() {
        DealSnapshot deal = parked().noActivities()
                .activity(ActivityType.TASK, TODAY.plusDays(90), true, WrittenKind.REENGAGE_TASK, TODAY)
                .activity(ActivityType.NOTE, TODAY, false, WrittenKind.NOTE, TODAY).build();
        Assessment a = assessor.assess(deal, Fixtures.NOW, Previous.of(deal, Status.PARKED, TODAY.minusDays(10)), TeamMedians.none());
        assertThat(a.newEvent()).isFalse();
        assertThat(a.status()).isEqualTo(Status.PARKED);
    }

    @Test
    void givenRepSetParkedDealToActiveByHand_assess_keepsTheirStatusAndWritesNoStatus() {
        DealSnapshot deal = deal().score(40).shownStatus(Status.ACTIVE).build();
        PreviousDecision previous = Previous.of(deal, Status.PARKED, TODAY.minusDays(10));
        Assessment a = assessor.assess(deal, Fixtures.NOW, previous, TeamMedians.none());

        assertThat(a.newEvent()).isTrue();
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.rulesStatus()).isEqualTo(Status.PARKED);
        assertThat(a.hold()).isEqualTo(new HumanHold(Status.ACTIVE, false, null, TODAY));
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BAND, ReasonCode.HUMAN_EDIT);
        DealPlan plan = new Planner(Fixtures.policy()).plan(deal, a);
        assertThat(plan.fields()).doesNotContainKey(DealField.STATUS);
        assertThat(plan.note()).isNull();
    }

    @Test
    void givenHumanHoldAndNoNewEvent_assess_keepsHonouringIt() {
        DealSnapshot deal = deal().score(40).shownStatus(Status.ACTIVE).build();
        PreviousDecision previous = Previous.withHold(Previous.of(deal, Status.ACTIVE, TODAY.minusDays(5)),
                new HumanHold(Status.ACTIVE, false, null, TODAY.minusDays(5)));
        Assessment a = assessor.assess(deal, Fixtures.NOW, previous, TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.hold()).isNotNull();
    }

    @Test
    void givenHumanHoldAndThenAChangedInput_assess_endsTheHoldAndFollowsTheRules() {
        DealSnapshot deal = deal().score(40).shownStatus(Status.ACTIVE).build();
        PreviousDecision previous = Previous.withHold(Previous.withHash(
                Previous.of(deal, Status.ACTIVE, TODAY.minusDays(5)), "older-inputs"),
                new HumanHold(Status.ACTIVE, false, null, TODAY.minusDays(5)));
        Assessment a = assessor.assess(deal, Fixtures.NOW, previous, TeamMedians.none());
        assertThat(a.hold()).isNull();
        assertThat(a.status()).isEqualTo(Status.PARKED);
    }

    @Test
    void givenRepMovedTheStageOfAParkedDeal_plan_neverWritesTheStageBack() {
        Policy policy = new PolicyBuilder().defaults(new PipelineRules(Bands.DEFAULT, ExpiryRule.DEFAULT,
                Map.of(Status.PARKED, "parked", Status.ACTIVE, "qualified"))).build();
        DealSnapshot before = deal().score(80).stage("parked").shownStatus(Status.PARKED).build();
        DealSnapshot deal = deal().score(40).stage("negotiation").shownStatus(Status.NURTURE).build();
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK)
                .assess(deal, Fixtures.NOW, Previous.of(before, Status.NURTURE, TODAY.minusDays(5)), TeamMedians.none());
        assertThat(a.newEvent()).isTrue();
        assertThat(a.status()).isEqualTo(Status.PARKED);
        DealPlan plan = new Planner(policy).plan(deal, a);
        assertThat(plan.fields()).containsEntry(DealField.STATUS, "PARKED");
        assertThat(plan.stage()).isNull();
    }
}
