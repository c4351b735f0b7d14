package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.crm.demo.DemoPipelines;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 5: the safety cap's share is taken over the whole managed pipeline and over a
 * rolling day, not over the deals one run happened to read.
 */
class SafetyCapWindowTest {
    @TempDir
    Path stateDir;
    private RunHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new RunHarness(clock -> DemoPipelines.healthy(300, stateDir, clock), Duration.ofDays(1));
        RunSummary first = h.run(CONFIRM); // every deal gets its first status: confirmed by an operator
        assertThat(first.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(first.assessed()).isEqualTo(300);
        // the next run re-reads what the first one wrote (its own writes moved the deals' modified time) and
        // writes nothing; from then on incremental runs read what people change
        assertThat(h.run(RUN).writes()).isZero();
    }

    private void lower(int from, int count) {
        for (int i = from; i < from + count; i++) {
            DemoPipelines.lowerAnswers(h.hands, String.format("D-%04d", i));
        }
    }

    @Test
    void givenIncrementalRunThatRereadsFourDealsAndParksOne_run_isNotHeld() {
        lower(1, 1);
        h.hands.setProperty("D-0002", "dealfocus_problem_evidence", "Dispatch re-keys orders");
        h.hands.setProperty("D-0003", "dealfocus_problem_evidence", "Invoices are late");
        h.hands.setProperty("D-0004", "dealfocus_problem_evidence", "Audits take weeks");

        RunSummary s = h.run(RUN);

        assertThat(s.full()).isFalse();
        assertThat(s.read()).isEqualTo(4);
        assertThat(s.statusChanges()).isEqualTo(1);
        assertThat(s.outcome()).isEqualTo(RunOutcome.APPLIED);
    }

    @Test
    void givenFullScanThatWouldPark70Of300_run_isHeld() {
        lower(1, 70);
        h.clock.advance(Duration.ofDays(1));

        RunSummary s = h.run(RUN);

        assertThat(s.full()).isTrue();
        assertThat(s.outcome()).isEqualTo(RunOutcome.HELD);
        assertThat(s.message()).contains("70 of 300");
    }

    @Test
    void givenTenSmallRunsThatTogetherPark70Of300InADay_runThatCrossesTheCap_isHeld() {
        for (int run = 0; run < 10; run++) {
            lower(1 + run * 7, 7);
            RunSummary s = h.run(RUN);
            // 8 runs park 56 deals (18.7 %); the 9th would bring it to 63 of 300 (21 %)
            assertThat(s.outcome()).as("run %d", run + 1).isEqualTo(run < 8 ? RunOutcome.APPLIED : RunOutcome.HELD);
        }
    }

    @Test
    void givenDailyRunsWithSchedulerJitter_everyDailyRun_isAFullScan() {
        for (int day = 1; day <= 4; day++) {
            // the scheduler fires a few milliseconds early or late; the harness already moved 30 minutes on
            h.clock.advance(Duration.ofDays(1).minusMinutes(30).plusMillis(day % 2 == 0 ? 7 : -7));
            assertThat(h.run(RUN).full()).as("day %d", day).isTrue();
        }
    }
}
