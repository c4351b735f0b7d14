package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.WriteKind;
import dev.dealfocus.core.sync.ReviewTasks;
import dev.dealfocus.core.sync.RunRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2: the weekly review as one CRM task per owner and week, on the bundled demo (six
 * owners). The harness's clock starts on Monday 2026-11-30 (week 2026-W49).
 */
class ReviewTaskTest extends OnTheBundledDemo {
    private static final List<String> OWNERS = List.of("O-ANNA", "O-BEN", "O-CARLA", "O-DAVID", "O-EVA", "O-FELIX");
    private static final String SUBJECT = "Weekly pipeline review 2026-W49";

    @BeforeEach
    void reviewTasksOnMondays() {
        h.reviewTasks = new ReviewTasks.Settings(true, DayOfWeek.MONDAY, "https://dealfocus.example.com/");
    }

    @Test
    void givenTheFirstAppliedRunOnTheWeekday_writesOneTaskPerOwnerDueThatDay_andRerunsWriteNoSecond() {
        assertThat(h.run(RUN).outcome()).as("the safety cap holds the first run").isEqualTo(RunOutcome.HELD);
        assertThat(h.hands.ownerTasks()).as("a held run writes none").isEmpty();

        assertThat(h.run(CONFIRM).outcome()).isEqualTo(RunOutcome.APPLIED);
        List<String> tasks = h.hands.ownerTasks();
        assertThat(tasks).hasSize(OWNERS.size());
        for (String owner : OWNERS) {
            assertThat(tasks).anySatisfy(t -> assertThat(t).startsWith(owner + " due 2026-11-30: " + SUBJECT));
        }
        String body = h.hands.ownerTaskBody("O-FELIX");
        assertThat(body).contains("https://dealfocus.example.com/api/reviews/weekly?owner=O-FELIX&week=2026-W49")
                .contains("Proposals awaiting a person: ").contains("Every open deal: 7");

        assertThat(h.run(CONFIRM).writes()).as("a rerun").isZero();
        h.clock.advance(Duration.ofDays(2));
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).as("after a run later in the week").hasSize(OWNERS.size());
    }

    @Test
    void givenTheWeekdayNotReached_writesNone_thenTheFirstRunOnItWritesThem() {
        h.reviewTasks = new ReviewTasks.Settings(true, DayOfWeek.WEDNESDAY, "");
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).isEmpty();
        h.clock.set(Instant.parse("2026-12-02T06:00:00Z")); // Wednesday, 07:00 in Berlin
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).hasSize(OWNERS.size()).allSatisfy(t -> assertThat(t).contains(" due 2026-12-02: "));
        assertThat(h.hands.ownerTaskBody("O-ANNA")).contains("Full review: /api/reviews/weekly?owner=O-ANNA&week=2026-W49");
    }

    @Test
    void givenANewWeek_writesTheNewWeeksTasks() {
        h.run(CONFIRM);
        h.clock.set(Instant.parse("2026-12-07T08:00:00Z"));
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).hasSize(2 * OWNERS.size())
                .filteredOn(t -> t.contains(" due 2026-12-07: Weekly pipeline review 2026-W50")).hasSize(OWNERS.size());
    }

    @Test
    void givenADryRunOrRecommendOnly_writesNone() {
        h.run(new RunRequest(Trigger.MANUAL, true, false));
        h.run(CONFIRM, Map.of("dealfocus.recommend-only", "true"));
        assertThat(h.hands.ownerTasks()).isEmpty();
    }

    @Test
    void givenReviewTasksOff_writesNone() {
        h.reviewTasks = new ReviewTasks.Settings(false, DayOfWeek.MONDAY, "");
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).isEmpty();
    }

    @Test
    void givenAnOwnerWithoutOpenDeals_writesNoTaskForThem() {
        for (String id : List.of("D-1011", "D-1012", "D-1018", "D-1026", "D-1030", "D-1037", "D-1045")) {
            h.hands.setState(id, "CLOSED");
        }
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).hasSize(OWNERS.size() - 1).noneMatch(t -> t.startsWith("O-FELIX"));
    }

    @Test
    void givenKilledAfterTheCrmCreatedTheTasks_restart_findsThemByKeyAndWritesNoSecond() {
        h.crm.crashAfter = WriteKind.OWNER_TASK;
        assertThatThrownBy(() -> h.run(CONFIRM)).isInstanceOf(FlakyCrm.Crash.class);
        assertThat(h.runner(Map.of()).interruptedAtStart()).hasSize(1);
        h.run(CONFIRM);
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).hasSize(OWNERS.size());
    }

    @Test
    void givenKilledBeforeTheTasksWereSent_restart_writesThem() {
        h.crm.crashBefore = WriteKind.OWNER_TASK;
        assertThatThrownBy(() -> h.run(CONFIRM)).isInstanceOf(FlakyCrm.Crash.class);
        h.runner(Map.of()).interruptedAtStart();
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).hasSize(OWNERS.size());
    }

    @Test
    void givenTheAnswerLostAndTheSearchLagging_waitsForTheLagBeforeDecidingTheTasksWereNeverMade() {
        h.crm.searchLag = Duration.ofMinutes(45);
        h.crm.loseAnswersOf = WriteKind.OWNER_TASK;
        assertThat(h.run(CONFIRM).outcome()).isEqualTo(RunOutcome.APPLIED); // 30 minutes pass after each run
        h.crm.loseAnswersOf = null;
        h.crm.searchLags = true;
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).as("not found yet, within the lag: not sent again").hasSize(OWNERS.size());
        h.crm.searchLags = false;
        h.run(CONFIRM);
        assertThat(h.run(CONFIRM).writes()).isZero();
        assertThat(h.hands.ownerTasks()).as("found once the index caught up").hasSize(OWNERS.size());
    }

    @Test
    void givenTheTasksNeverFoundAfterTheLag_sendsThemAgainOnce() {
        h.crm.searchLag = Duration.ofMinutes(45);
        h.crm.crashBefore = WriteKind.OWNER_TASK;
        assertThatThrownBy(() -> h.run(CONFIRM)).isInstanceOf(FlakyCrm.Crash.class);
        h.runner(Map.of()).interruptedAtStart();
        h.run(CONFIRM);
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).as("within the lag: neither found nor sent again").isEmpty();
        h.run(CONFIRM);
        assertThat(h.hands.ownerTasks()).as("the lag passed: sent again").hasSize(OWNERS.size());
    }
}
