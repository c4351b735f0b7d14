package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 7, item 7: DealFocus's own tasks follow its decisions: moved, completed, never duplicated. */
class TasksStayTrueTest extends OnTheBundledDemo {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private List<Activity> own(String dealId, WrittenKind kind) {
        return h.deal(dealId).activities().stream()
                .filter(a -> a.dealFocusKind() == kind).toList();
    }

    @Test
    void givenParkedDealWhoseRepBooksAMeeting_nextRun_completesTheReengagementTaskInsteadOfLeavingItOpen() {
        h.run(CONFIRM);
        assertThat(own("D-1018", WrittenKind.REENGAGE_TASK)).singleElement().satisfies(t -> assertThat(t.open()).isTrue());

        h.hands.bookMeeting("D-1018", LocalDate.of(2026, 12, 8));
        h.run(RUN);

        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.ACTIVE);
        assertThat(own("D-1018", WrittenKind.REENGAGE_TASK)).singleElement().satisfies(t -> assertThat(t.open()).isFalse());
    }

    @Test
    void givenActiveDealWithScheduleTaskThatExpires_run_completesTheScheduleTask() {
        h.run(CONFIRM);
        assertThat(own("D-1015", WrittenKind.SCHEDULE_NEXT_STEP_TASK)).singleElement()
                .satisfies(t -> assertThat(t.open()).isTrue());

        h.clock.advance(Duration.ofDays(7)); // D-1015 had 25 quiet days: now 32
        h.run(CONFIRM);

        assertThat(h.deal("D-1015").dealFocus().status()).isEqualTo(Status.PARKED);
        assertThat(own("D-1015", WrittenKind.SCHEDULE_NEXT_STEP_TASK)).singleElement()
                .satisfies(t -> assertThat(t.open()).isFalse());
        assertThat(own("D-1015", WrittenKind.REENGAGE_TASK)).singleElement().satisfies(t -> assertThat(t.open()).isTrue());
    }

    @Test
    void givenParkedDealClosedAfterItsReengagementDate_run_movesTheOpenReengagementTaskToTheNewDate() {
        Map<String, String> autoClose = Map.of("dealfocus.auto-close", "true");
        h.run(CONFIRM, autoClose);
        assertThat(own("D-1018", WrittenKind.REENGAGE_TASK)).singleElement()
                .satisfies(t -> assertThat(LocalDate.ofInstant(t.at(), BERLIN)).isEqualTo(LocalDate.of(2027, 3, 1)));

        h.clock.advance(Duration.ofDays(92)); // 2 March 2027: the re-engagement date passed without an event
        h.run(CONFIRM, autoClose);

        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.CLOSED);
        assertThat(own("D-1018", WrittenKind.REENGAGE_TASK)).singleElement().satisfies(t -> {
            assertThat(t.open()).isTrue();
            assertThat(LocalDate.ofInstant(t.at(), BERLIN)).isEqualTo(LocalDate.of(2027, 5, 31));
        });
    }

    @Test
    void givenAReengagementTaskThePersonCompletedOrDeleted_laterRuns_doNotCreateItAgainForTheSameDecision() {
        h.run(CONFIRM);
        h.hands.completeOwnTask("D-1018", WrittenKind.REENGAGE_TASK);
        h.hands.deleteOwnTasks("D-1019", WrittenKind.REENGAGE_TASK);

        h.clock.advance(Duration.ofDays(1));
        h.run(RUN);
        h.run(RUN);

        assertThat(h.hands.tasks("D-1018")).singleElement().asString().endsWith("(completed)");
        assertThat(h.hands.tasks("D-1019")).isEmpty();
    }

    @Test
    void givenYoungDealQualifiedWithinItsGrace_run_completesTheQualifyTaskOnceTheDealIsDecided() {
        h.run(CONFIRM);
        assertThat(own("D-1041", WrittenKind.QUALIFY_TASK)).singleElement().satisfies(t -> assertThat(t.open()).isTrue());

        h.hands.setProperty("D-1041", "dealfocus_problem", "named");
        h.hands.setProperty("D-1041", "dealfocus_budget", "approved");
        h.hands.setProperty("D-1041", "dealfocus_fit", "standard");
        h.run(RUN);

        assertThat(h.deal("D-1041").dealFocus().status()).isNotNull();
        assertThat(own("D-1041", WrittenKind.QUALIFY_TASK)).singleElement().satisfies(t -> assertThat(t.open()).isFalse());
    }
}
