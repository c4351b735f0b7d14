package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.DealBuilder;
import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.Previous;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalPersistenceTest {
    private static final SignalPolicy FLAGS = new SignalPolicy(14, 3,
            Map.of(Signal.PRICE_PRESSURE, "price_pressure", Signal.SPECIAL_REQUESTS, "special_requests"), 2);
    private final DealAssessor assessor = new DealAssessor(new PolicyBuilder().signals(FLAGS).build(), Fixtures.CLOCK);

    private static DealBuilder flagged() {
        return deal().score(80).property("price_pressure", "true").property("special_requests", "yes")
                .shownStatus(Status.ACTIVE);
    }

    private Assessment assessWithSignalsSince(DealSnapshot deal, int daysAgo) {
        PreviousDecision previous = Previous.withSignals(Previous.of(deal, Status.ACTIVE, TODAY.minusDays(30)),
                Map.of(Signal.PRICE_PRESSURE, TODAY.minusDays(daysAgo), Signal.SPECIAL_REQUESTS, TODAY.minusDays(daysAgo)));
        return assessor.assess(deal, Fixtures.NOW, previous, TeamMedians.none());
    }

    @Test
    void givenTwoSignalsPresentFor13Days_assess_doesNotParkYet() {
        Assessment a = assessWithSignalsSince(flagged().build(), 13);
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.persistentSignals()).isEmpty();
        assertThat(a.signalsSince()).containsEntry(Signal.PRICE_PRESSURE, TODAY.minusDays(13));
    }

    @Test
    void givenTwoSignalsPresentFor14Days_assess_parksDeal() {
        Assessment a = assessWithSignalsSince(flagged().build(), 14);
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.reasons()).extracting(Reason::sentence).containsExactly(
                "2 early-warning signals persist: persistent price pressure, requests for special solutions.");
    }

    @Test
    void givenOnePersistentSignal_assess_doesNotPark() {
        DealSnapshot deal = deal().score(80).property("price_pressure", "true").shownStatus(Status.ACTIVE).build();
        assertThat(assessWithSignalsSince(deal, 30).status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenPersistDaysZero_assess_countsSignalsAtOnce() {
        DealAssessor immediate = new DealAssessor(new PolicyBuilder()
                .signals(new SignalPolicy(0, 3, FLAGS.flagProperties(), 2)).build(), Fixtures.CLOCK);
        assertThat(immediate.assess(flagged().build(), Fixtures.NOW, null, TeamMedians.none()).status()).isEqualTo(Status.PARKED);
    }

    @Test
    void givenSignalThatWentAway_assess_restartsItsClock() {
        DealSnapshot deal = deal().score(80).property("price_pressure", "true").build();
        Assessment a = assessWithSignalsSince(deal, 20);
        assertThat(a.signalsSince()).containsOnlyKeys(Signal.PRICE_PRESSURE);
    }

    @Test
    void givenThreeOutreachAttemptsSinceLastMeetingAndNoNextStep_assess_raisesSignal4() {
        DealSnapshot deal = deal().score(80).noActivities()
                .logged(ActivityType.MEETING, TODAY.minusDays(12)).logged(ActivityType.CALL, TODAY.minusDays(10))
                .logged(ActivityType.EMAIL, TODAY.minusDays(6)).logged(ActivityType.MESSAGE, TODAY.minusDays(2)).build();
        assertThat(assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none()).signalsSince()).containsKey(Signal.UNANSWERED_OUTREACH);
    }

    @Test
    void givenThreeOutreachAttemptsButAFutureMeeting_assess_raisesNoSignal4() {
        DealSnapshot deal = deal().score(80).logged(ActivityType.CALL, TODAY.minusDays(10))
                .logged(ActivityType.EMAIL, TODAY.minusDays(6)).logged(ActivityType.CALL, TODAY.minusDays(2)).build();
        assertThat(assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none()).signalsSince()).doesNotContainKey(Signal.UNANSWERED_OUTREACH);
    }

    @Test
    void givenTwoAttemptsSinceLastMeeting_assess_raisesNoSignal4() {
        DealSnapshot deal = deal().score(80).noActivities().logged(ActivityType.CALL, TODAY.minusDays(20))
                .logged(ActivityType.MEETING, TODAY.minusDays(12)).logged(ActivityType.CALL, TODAY.minusDays(10))
                .logged(ActivityType.EMAIL, TODAY.minusDays(6)).build();
        assertThat(assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none()).signalsSince()).doesNotContainKey(Signal.UNANSWERED_OUTREACH);
    }

    @Test
    void givenNoProblemAndNoTimelinePoints_assess_raisesSignals1And3() {
        DealSnapshot deal = deal().points(0, 20, 0, 20, 20).build();
        assertThat(assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none()).signalsSince())
                .containsKeys(Signal.NO_PROBLEM, Signal.NO_TIMELINE);
    }
}
