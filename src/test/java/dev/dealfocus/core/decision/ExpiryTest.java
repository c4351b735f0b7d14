package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpiryTest {
    private Assessment assess(DealSnapshot deal) {
        return new DealAssessor(Fixtures.policy(), Fixtures.CLOCK).assess(deal, Fixtures.NOW, null, TeamMedians.none());
    }

    @Test
    void givenNoNextStepFor30Days_assess_keepsDealAndShowsTodayAsExpiry() {
        Assessment a = assess(deal().score(80).noActivities().createdOn(TODAY.minusDays(30)).build());
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.expiry().expired()).isFalse();
        assertThat(a.expiry().expiresOn()).isEqualTo(TODAY);
    }

    @Test
    void givenFutureNextStepOn10December_assess_showsTheDayAfterWhichItWouldExpire() {
        Assessment a = assess(deal().score(80).noActivities().meeting(LocalDate.of(2026, 12, 10)).build());
        assertThat(a.expiry().nextStepOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(a.expiry().expiresOn()).isEqualTo(LocalDate.of(2027, 1, 9));
    }

    @Test
    void givenTwoFutureNextSteps_assess_countsThirtyDaysFromTheLatest() {
        Assessment a = assess(deal().score(80).noActivities().meeting(LocalDate.of(2026, 12, 10))
                .task(LocalDate.of(2026, 12, 20)).build());
        assertThat(a.expiry().nextStepOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(a.expiry().expiresOn()).isEqualTo(LocalDate.of(2027, 1, 19));
    }

    @Test
    void givenNoNextStepFor31Days_assess_parksDeal() {
        Assessment a = assess(deal().score(80).noActivities().createdOn(TODAY.minusDays(31)).build());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.EXPIRED);
        assertThat(a.reasons().get(0).sentence())
                .isEqualTo("No dated next step since 2026-10-30: more than 30 days, expired after 2026-11-29.");
    }

    @Test
    void givenOnlyAnOverdueTask_assess_doesNotCountItAsNextStepButAnchorsOnItsDate() {
        LocalDate due = TODAY.minusDays(20);
        Assessment a = assess(deal().score(80).noActivities().createdOn(TODAY.minusDays(90)).task(due).build());
        assertThat(a.expiry().nextStepOn()).isNull();
        assertThat(a.expiry().anchor()).isEqualTo(due);
        assertThat(a.expiry().expiresOn()).isEqualTo(due.plusDays(30));
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenOverdueTask31DaysAgo_assess_parksDeal() {
        Assessment a = assess(deal().score(80).noActivities().createdOn(TODAY.minusDays(90)).task(TODAY.minusDays(31)).build());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.has(ReasonCode.EXPIRED)).isTrue();
    }

    @Test
    void givenNextStepCreatedByDealFocus_assess_ignoresItAndItsNote() {
        DealSnapshot deal = deal().score(80).noActivities().createdOn(TODAY.minusDays(40))
                .byDealFocus(WrittenKind.REENGAGE_TASK, TODAY.plusDays(60), true)
                .byDealFocus(WrittenKind.NOTE, TODAY.minusDays(1), false).build();
        Assessment a = assess(deal);
        assertThat(a.expiry().nextStepOn()).isNull();
        assertThat(a.expiry().anchor()).isEqualTo(TODAY.minusDays(40));
        assertThat(a.status()).isEqualTo(Status.PARKED);
    }

    @Test
    void givenTaskDueToday_assess_countsItAsNextStep() {
        Assessment a = assess(deal().score(80).noActivities().createdOn(TODAY.minusDays(60)).task(TODAY).build());
        assertThat(a.expiry().nextStepOn()).isEqualTo(TODAY);
        assertThat(a.expiry().expiresOn()).isEqualTo(TODAY.plusDays(30));
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenTaskDueJustAfterMidnightInTheConfiguredZone_assess_countsItAsToday() {
        // 23:30 UTC on the 29th is 00:30 on the 30th in Berlin: today, so a next step
        DealSnapshot deal = deal().score(80).noActivities().createdOn(TODAY.minusDays(60)).build();
        DealSnapshot withTask = new DealSnapshot(deal.id(), deal.name(), deal.pipeline(), deal.stage(), deal.ownerId(),
                deal.teamId(), deal.createdAt(), deal.amount(), deal.probability(), deal.closeDate(), 0,
                deal.properties(), deal.contacts(), java.util.List.of(new dev.dealfocus.core.deal.Activity("T-1",
                ActivityType.TASK, Fixtures.at(TODAY.minusDays(5)), java.time.Instant.parse("2026-11-29T23:30:00Z"), true, null)),
                deal.dealFocus());
        assertThat(assess(withTask).expiry().nextStepOn()).isEqualTo(TODAY);
    }

    @Test
    void givenLoggedCallTenDaysAgo_assess_anchorsOnTheCall() {
        Assessment a = assess(deal().score(80).noActivities().createdOn(TODAY.minusDays(60))
                .logged(ActivityType.CALL, TODAY.minusDays(10)).build());
        assertThat(a.expiry().anchor()).isEqualTo(TODAY.minusDays(10));
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenExpiryActionCloseWithAutoClose_assess_closesExpiredDeal() {
        Policy policy = new PolicyBuilder().autoClose(true)
                .defaults(new PipelineRules(Bands.DEFAULT, new ExpiryRule(30, ExpiryAction.CLOSE), Map.of())).build();
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK).assess(
                deal().score(80).noActivities().createdOn(TODAY.minusDays(31)).build(), Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.CLOSED);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.EXPIRED);
    }

    @Test
    void givenExpiryActionCloseWithoutAutoClose_assess_parksAndRecommendsClosing() {
        Policy policy = new PolicyBuilder().autoClose(false)
                .defaults(new PipelineRules(Bands.DEFAULT, new ExpiryRule(30, ExpiryAction.CLOSE), Map.of())).build();
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK).assess(
                deal().score(80).noActivities().createdOn(TODAY.minusDays(31)).build(), Fixtures.NOW, null, TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.EXPIRED, ReasonCode.CLOSE_RECOMMENDED);
    }
}
