package dev.dealfocus.core.customer;

import static dev.dealfocus.core.customer.HealthRulesTest.TODAY;
import static dev.dealfocus.core.customer.HealthRulesTest.fine;
import static dev.dealfocus.core.customer.HealthRulesTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: episodes written once, the YELLOW cadence, the RED remediation timeline with goals met and
 * unmet, a person's light, and unknown signs, day by day with the date moved by hand.
 */
class CustomerDecisionsTest {
    private final CustomerDecisions decisions = new CustomerDecisions(HealthPolicy.DEFAULT, 14);

    private static CustomerFacts overdue(LocalDate today, int days) {
        return with(fine(), today.minusDays(1), true, today.minusDays(days), 0, 0, 0);
    }

    /** The memory after the CRM took the decision's writes: DealFocus wrote the light it decided. */
    private static CustomerMemory written(CustomerDecision d) {
        CustomerMemory m = d.memory();
        return new CustomerMemory(m.light(), d.light(), d.light(), m.heldByHand(), m.signsAtHold(), m.episodeStart(), m.remediation());
    }

    private static List<CustomerAction.Kind> kinds(CustomerDecision d) {
        return d.actions().stream().map(CustomerAction::kind).toList();
    }

    @Test
    void givenAYellowCustomer_aRerunPlansTheSameKeys_andTheNextCycleAfterTheCadence() {
        CustomerDecision first = decisions.decide(overdue(TODAY, 10), CustomerMemory.NONE, TODAY);
        assertThat(first.light()).isEqualTo(Light.YELLOW);
        assertThat(kinds(first)).containsExactly(CustomerAction.Kind.SIGNS_NOTE, CustomerAction.Kind.REVIEW_MEETING_TASK);
        assertThat(first.actions().get(1).due()).isEqualTo(TODAY.plusDays(14));
        CustomerDecision rerun = decisions.decide(overdue(TODAY, 10), written(first), TODAY);
        assertThat(rerun.actions()).isEqualTo(first.actions());

        LocalDate later = TODAY.plusDays(14);
        CustomerDecision nextCycle = decisions.decide(overdue(later, 24), written(rerun), later);
        assertThat(nextCycle.actions().get(0)).as("the signs note, once per episode").isEqualTo(first.actions().get(0));
        assertThat(nextCycle.actions().get(1).key()).isNotEqualTo(first.actions().get(1).key());
        assertThat(nextCycle.actions().get(1).due()).isEqualTo(TODAY.plusDays(28));
    }

    @Test
    void givenRedThenYellowThenRed_theEpisodeAndItsRemediationContinue_andGreenEndsIt() {
        CustomerDecision red = decisions.decide(overdue(TODAY, 40), CustomerMemory.NONE, TODAY);
        CustomerDecision yellow = decisions.decide(overdue(TODAY.plusDays(3), 20), written(red), TODAY.plusDays(3));
        CustomerDecision redAgain = decisions.decide(overdue(TODAY.plusDays(6), 40), written(yellow), TODAY.plusDays(6));
        assertThat(redAgain.memory().episodeStart()).isEqualTo(TODAY);
        assertThat(redAgain.memory().remediation()).isEqualTo(red.memory().remediation());
        assertThat(redAgain.actions()).containsAll(red.actions());

        CustomerDecision green = decisions.decide(with(fine(), TODAY.plusDays(9), true, null, 0, 0, 0), written(redAgain),
                TODAY.plusDays(10));
        assertThat(green.light()).isEqualTo(Light.GREEN);
        assertThat(green.memory().episodeStart()).isNull();
        assertThat(kinds(green)).as("the goals met before the end: the note says so").containsExactly(CustomerAction.Kind.SUCCESS_NOTE);
    }

    @Test
    void givenARedCustomer_theRemediationTakesSixWeeksWithAMidAndAnEndReview() {
        CustomerDecision red = decisions.decide(overdue(TODAY, 31), CustomerMemory.NONE, TODAY);
        Remediation r = red.memory().remediation();
        assertThat(r.startedOn()).isEqualTo(TODAY);
        assertThat(r.midReviewOn()).isEqualTo(TODAY.plusDays(21));
        assertThat(r.endReviewOn()).isEqualTo(TODAY.plusDays(42));
        assertThat(r.goals()).extracting(Goal::code).as("the overdue invoice, and no other sign turning RED")
                .containsExactly(Goal.Code.OVERDUE_PAID, Goal.Code.NO_NEW_RED);
        assertThat(kinds(red)).containsExactly(CustomerAction.Kind.REMEDIATION_NOTE, CustomerAction.Kind.MID_REVIEW_TASK,
                CustomerAction.Kind.END_REVIEW_TASK);
        assertThat(red.actions()).extracting(CustomerAction::due).containsExactly(null, TODAY.plusDays(21), TODAY.plusDays(42));
    }

    @Test
    void givenGoalsUnmetAfterTheEndReview_anOrderlyExitIsRecommended_onceAndNotBefore() {
        CustomerDecision red = decisions.decide(overdue(TODAY, 31), CustomerMemory.NONE, TODAY);
        LocalDate mid = TODAY.plusDays(21);
        CustomerDecision atMid = decisions.decide(overdue(mid, 52), written(red), mid);
        assertThat(atMid.memory().remediation().outcome()).isNull();
        LocalDate end = TODAY.plusDays(42);
        CustomerDecision atEnd = decisions.decide(overdue(end, 73), written(atMid), end);
        assertThat(atEnd.memory().remediation().outcome()).as("measured the day after the end review").isNull();

        CustomerDecision after = decisions.decide(overdue(end.plusDays(1), 74), written(atEnd), end.plusDays(1));
        assertThat(after.memory().remediation().outcome()).isEqualTo(Remediation.Outcome.EXIT_RECOMMENDED);
        assertThat(kinds(after)).contains(CustomerAction.Kind.EXIT_NOTE, CustomerAction.Kind.EXIT_TASK);
        assertThat(after.light()).isEqualTo(Light.RED);
        CustomerDecision rerun = decisions.decide(overdue(end.plusDays(2), 75), written(after), end.plusDays(2));
        assertThat(rerun.actions()).as("the same keys: written once").isEqualTo(after.actions());
    }

    @Test
    void givenGoalsMetAtTheEndReview_theNoteSaysSoAndTheLightIsReadAgain() {
        CustomerDecision red = decisions.decide(overdue(TODAY, 31), CustomerMemory.NONE, TODAY);
        LocalDate after = TODAY.plusDays(43);
        // paid, but three change requests since: goals met, the light is YELLOW now
        CustomerDecision measured = decisions.decide(with(fine(), after.minusDays(1), true, null, 0, 3, 0), written(red), after);
        assertThat(measured.memory().remediation().outcome()).isEqualTo(Remediation.Outcome.SUCCEEDED);
        assertThat(measured.light()).isEqualTo(Light.YELLOW);
        assertThat(kinds(measured)).contains(CustomerAction.Kind.SUCCESS_NOTE).doesNotContain(CustomerAction.Kind.EXIT_NOTE);
    }

    @Test
    void givenAGoalsSignWithoutDataAtTheEnd_noExitOnMissingData_theOwnerChecksTheData() {
        CustomerFacts noUsageData = with(fine(), TODAY.minusDays(40), true, TODAY.minusDays(31), 0, 0, 0); // usage and payment RED
        CustomerDecision red = decisions.decide(noUsageData, CustomerMemory.NONE, TODAY);
        assertThat(red.memory().remediation().goals()).extracting(Goal::code).containsExactly(Goal.Code.WEEKLY_USAGE,
                Goal.Code.OVERDUE_PAID);
        LocalDate after = TODAY.plusDays(43);
        CustomerDecision measured = decisions.decide(with(fine(), null, true, null, 0, 0, 0), written(red), after);
        assertThat(measured.memory().remediation().outcome()).isEqualTo(Remediation.Outcome.UNMEASURED);
        assertThat(kinds(measured)).contains(CustomerAction.Kind.UNMEASURED_NOTE).doesNotContain(CustomerAction.Kind.EXIT_NOTE);
        assertThat(measured.light()).as("unknown signs: the light is kept").isEqualTo(Light.RED);
    }

    @Test
    void givenAPersonSetsTheLight_itIsKeptUntilASignChanges() {
        CustomerDecision yellow = decisions.decide(overdue(TODAY, 10), CustomerMemory.NONE, TODAY);
        CustomerFacts setGreenByHand = new CustomerFacts("C-1", "Acme", "O-1", TODAY.minusDays(1), null, true, TODAY.minusDays(11),
                0, 0, 0, Light.GREEN);
        CustomerDecision held = decisions.decide(setGreenByHand, written(yellow), TODAY.plusDays(1));
        assertThat(held.light()).isEqualTo(Light.GREEN);
        assertThat(held.heldByHand()).isTrue();
        assertThat(held.actions()).isEmpty();
        CustomerDecision stillHeld = decisions.decide(setGreenByHand, held.memory(), TODAY.plusDays(2));
        assertThat(stillHeld.light()).isEqualTo(Light.GREEN);

        CustomerFacts escalated = new CustomerFacts("C-1", "Acme", "O-1", TODAY.minusDays(1), null, true, TODAY.minusDays(13),
                1, 0, 0, Light.GREEN);
        CustomerDecision changed = decisions.decide(escalated, stillHeld.memory(), TODAY.plusDays(3));
        assertThat(changed.heldByHand()).isFalse();
        assertThat(changed.light()).isEqualTo(Light.RED);
        CustomerDecision next = decisions.decide(escalated, changed.memory(), TODAY.plusDays(4));
        assertThat(next.light()).as("the person's light, still shown, is not taken again").isEqualTo(Light.RED);

        CustomerDecision firstSight = decisions.decide(setGreenByHand, CustomerMemory.NONE, TODAY);
        assertThat(firstSight.heldByHand()).as("a light DealFocus never wrote: a person's").isTrue();
    }

    @Test
    void givenUnknownSigns_theCustomerKeepsItsLight() {
        CustomerDecision yellow = decisions.decide(overdue(TODAY, 10), CustomerMemory.NONE, TODAY);
        CustomerDecision unknown = decisions.decide(with(fine(), null, false, null, 0, 0, 0), written(yellow), TODAY.plusDays(1));
        assertThat(unknown.health().unknown()).isTrue();
        assertThat(unknown.light()).isEqualTo(Light.YELLOW);
        CustomerDecision firstEver = decisions.decide(with(fine(), null, false, null, 0, 0, 0), CustomerMemory.NONE, TODAY);
        assertThat(firstEver.light()).isNull();
        assertThat(firstEver.actions()).isEmpty();
    }
}
