package dev.dealfocus.core.plan;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Bands;
import dev.dealfocus.core.decision.BusinessCalendar;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.ExpiryRule;
import dev.dealfocus.core.decision.PipelineRules;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.TeamMedians;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static DealPlan plan(Policy policy, DealSnapshot deal) {
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK).assess(deal, Fixtures.NOW, null, TeamMedians.none());
        return new Planner(policy).plan(deal, a);
    }

    @Test
    void givenNewActiveDealWithoutNextStep_plan_writesFieldsNoteAndScheduleTaskTwoBusinessDaysOut() {
        DealPlan plan = plan(Fixtures.policy(), deal().score(80).noActivities().build());
        assertThat(plan.fields()).containsEntry(DealField.SCORE, "80").containsEntry(DealField.STATUS, "ACTIVE")
                .containsEntry(DealField.EXPIRES_ON, TODAY.plusDays(10).toString()).doesNotContainKey(DealField.REASONS);
        assertThat(plan.note().to()).isEqualTo(Status.ACTIVE);
        assertThat(plan.note().withExitDraft()).isFalse();
        assertThat(plan.tasks()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(WrittenKind.SCHEDULE_NEXT_STEP_TASK);
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(t.ownerId()).isEqualTo("O-1");
            assertThat(t.priority()).isEqualTo(TaskPriority.HIGH);
        });
    }

    @Test
    void givenFieldsAlreadyShowTheDecision_plan_writesNothing() {
        // a meeting a week ahead: the deal would expire 30 days after it
        DealSnapshot deal = deal().score(80).shown(80, Status.ACTIVE, null, TODAY.plusDays(37)).build();
        DealPlan plan = plan(Fixtures.policy(), deal);
        assertThat(plan.isEmpty()).isTrue();
    }

    @Test
    void givenOpenScheduleTaskByDealFocus_plan_doesNotAddASecondButRecordsItsDueDate() {
        DealSnapshot deal = deal().score(80).noActivities().shown(80, Status.ACTIVE, null, TODAY.plusDays(10))
                .activity(ActivityType.TASK, TODAY.plusDays(1), true, WrittenKind.SCHEDULE_NEXT_STEP_TASK, TODAY.minusDays(1))
                .build();
        DealPlan plan = plan(Fixtures.policy(), deal);
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.taskChanges()).isEmpty();
        assertThat(plan.fields()).containsExactly(Map.entry(DealField.OWN_TASK_DUE, TODAY.plusDays(1).toString()));
    }

    @Test
    void givenOwnTaskDueAlreadyShown_plan_writesNothing() {
        DealSnapshot deal = deal().score(80).noActivities().shown(80, Status.ACTIVE, null, TODAY.plusDays(10))
                .shownField(DealField.OWN_TASK_DUE, TODAY.plusDays(1).toString())
                .activity(ActivityType.TASK, TODAY.plusDays(1), true, WrittenKind.SCHEDULE_NEXT_STEP_TASK, TODAY.minusDays(1))
                .build();
        assertThat(plan(Fixtures.policy(), deal).isEmpty()).isTrue();
    }

    @Test
    void givenDealFocusCreatesATask_plan_recordsItsOwnActivityAndTheTaskDue() {
        DealSnapshot deal = deal().score(80).noActivities().shown(80, Status.ACTIVE, null, TODAY.plusDays(10)).build();
        DealPlan plan = plan(Fixtures.policy(), deal);
        assertThat(plan.tasks()).extracting(TaskPlan::kind).containsExactly(WrittenKind.SCHEDULE_NEXT_STEP_TASK);
        assertThat(plan.fields()).containsEntry(DealField.OWN_TASK_DUE, plan.tasks().get(0).due().toString())
                .containsKey(DealField.OWN_ACTIVITY_AT);
        assertThat(java.time.Instant.parse(plan.fields().get(DealField.OWN_ACTIVITY_AT))).isEqualTo(Fixtures.NOW);
    }

    @Test
    void givenDealParkedNow_plan_setsMappedStageNoteWithExitDraftAndReengageTaskOnABusinessDay() {
        Policy policy = new PolicyBuilder().defaults(new PipelineRules(Bands.DEFAULT, ExpiryRule.DEFAULT,
                Map.of(Status.PARKED, "parked"))).build();
        DealPlan plan = plan(policy, deal().score(40).shownStatus(Status.ACTIVE).build());
        assertThat(plan.fields()).containsEntry(DealField.STATUS, "PARKED").containsEntry(DealField.REASONS, "BAND");
        assertThat(plan.stage()).isEqualTo("parked");
        assertThat(plan.note().from()).isEqualTo(Status.ACTIVE);
        assertThat(plan.note().withExitDraft()).isTrue();
        assertThat(plan.tasks()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(WrittenKind.REENGAGE_TASK);
            assertThat(t.due()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(t.callInsteadOfEmail()).isFalse();
        });
    }

    @Test
    void givenOptedOutContact_plan_suggestsACallAndNoNurtureEmail() {
        DealSnapshot parked = deal().score(40).contacts(new Contact("C-1", null, Consent.OPTED_IN),
                new Contact("C-2", null, Consent.OPTED_OUT), new Contact("C-3", null, Consent.OPTED_IN)).build();
        assertThat(plan(Fixtures.policy(), parked).tasks()).singleElement()
                .satisfies(t -> assertThat(t.callInsteadOfEmail()).isTrue());
        DealSnapshot nurture = deal().score(60).contacts(new Contact("C-1", null, Consent.OPTED_OUT)).build();
        assertThat(plan(Fixtures.policy(), nurture).tasks()).isEmpty();
    }

    @Test
    void givenNurtureDealWithConsent_plan_addsNurtureTouch() {
        DealPlan plan = plan(Fixtures.policy(), deal().score(60).build());
        assertThat(plan.tasks()).extracting(TaskPlan::kind).containsExactly(WrittenKind.NURTURE_TASK);
        assertThat(plan.tasks().get(0).due()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void givenDueDateOnWeekendOrHoliday_plan_movesItToTheNextBusinessDay() {
        BusinessCalendar calendar = new BusinessCalendar(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Set.of(LocalDate.of(2026, 12, 2)));
        DealPlan plan = plan(new PolicyBuilder().calendar(calendar).build(), deal().score(80).noActivities().build());
        assertThat(plan.tasks().get(0).due()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(BusinessCalendar.DEFAULT.due(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void givenRecommendOnly_plan_writesScoreAndRecommendationButNeverStatusStageNoteOrTask() {
        Policy policy = new PolicyBuilder().recommendOnly(true).defaults(new PipelineRules(Bands.DEFAULT,
                ExpiryRule.DEFAULT, Map.of(Status.PARKED, "parked"))).build();
        DealPlan plan = plan(policy, deal().score(40).shownStatus(Status.ACTIVE).build());
        assertThat(plan.fields()).containsEntry(DealField.RECOMMENDED_STATUS, "PARKED").containsKey(DealField.SCORE)
                .doesNotContainKey(DealField.STATUS);
        assertThat(plan.stage()).isNull();
        assertThat(plan.note()).isNull();
        assertThat(plan.tasks()).isEmpty();
    }

    @Test
    void givenTheSameDecisionPlannedTwice_plan_carriesTheSameIdempotencyKeys() {
        DealSnapshot deal = deal().score(40).shownStatus(Status.ACTIVE).build();
        DealPlan first = plan(Fixtures.policy(), deal);
        DealPlan second = plan(Fixtures.policy(), deal);
        assertThat(second.note().idempotencyKey()).isEqualTo(first.note().idempotencyKey());
        assertThat(second.tasks().get(0).idempotencyKey()).isEqualTo(first.tasks().get(0).idempotencyKey());
        assertThat(first.note().idempotencyKey()).isNotEqualTo(first.tasks().get(0).idempotencyKey());
    }
}
