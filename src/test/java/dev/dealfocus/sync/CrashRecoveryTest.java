package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.WriteKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 7, item 2, in process: the run dies at each point of its write phase (before a batch is sent,
 * after the CRM took it but before the answer came back); after a restart nothing is written twice,
 * nothing planned is lost, and DealFocus's own writes are never taken for a person's edit.
 * {@code ServiceCrashIT} does the same with SIGKILL on the packaged service.
 */
class CrashRecoveryTest extends OnTheBundledDemo {
    /** The demo's first confirmed run changes the status of 46 deals: one note each, and these tasks. */
    private static final int NOTES = 46;

    private RunSummary restartAndRun() {
        assertThat(h.runner(Map.of()).interruptedAtStart()).hasSize(1);
        return h.run(CONFIRM);
    }

    private void assertEveryDecisionWrittenOnce(RunSummary afterRestart) {
        for (String id : List.of("D-1018", "D-1019", "D-1022", "D-1001", "D-1013")) {
            assertThat(h.hands.notes(id)).as("notes of %s", id).hasSize(1);
        }
        assertThat(h.hands.notes("D-1041")).isEmpty();
        assertThat(h.hands.records()).as("notes and tasks in all").isEqualTo(NOTES + tasksOfTheFirstRun());
        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.PARKED);
        assertThat(h.journal.entries(afterRestart.id())).flatExtracting(JournalEntry::reasons)
                .extracting(r -> r.code()).doesNotContain(ReasonCode.HUMAN_EDIT);
        assertThat(h.journal.recent(10)).extracting(RunSummary::outcome).doesNotContain(RunOutcome.RUNNING)
                .contains(RunOutcome.INTERRUPTED);
        assertThat(h.run(CONFIRM).writes()).as("a further run has nothing left to write").isZero();
    }

    /** What a run without any failure writes on the same demo. */
    private int tasksOfTheFirstRun() {
        try {
            RunHarness clean = RunHarness.bundled(stateDir.resolveSibling(stateDir.getFileName() + "-clean"));
            clean.run(CONFIRM);
            return clean.hands.records() - NOTES;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WriteKind.class, names = {"FIELDS", "NOTE", "TASK"})
    void givenKilledAfterTheCrmTookABatchBeforeTheAnswer_restart_writesNothingTwiceAndLosesNothing(WriteKind kind) {
        h.crm.crashAfter = kind;
        assertThatThrownBy(() -> h.run(CONFIRM)).isInstanceOf(FlakyCrm.Crash.class);
        assertEveryDecisionWrittenOnce(restartAndRun());
    }

    @ParameterizedTest
    @EnumSource(value = WriteKind.class, names = {"FIELDS", "NOTE", "TASK"})
    void givenKilledJustBeforeABatchWasSent_restart_sendsItAndEverythingAfterIt(WriteKind kind) {
        h.crm.crashBefore = kind;
        assertThatThrownBy(() -> h.run(CONFIRM)).isInstanceOf(FlakyCrm.Crash.class);
        assertEveryDecisionWrittenOnce(restartAndRun());
    }

    @Test
    void givenTheAnswersToTheNoteBatchLost_nextRun_looksTheNotesUpInsteadOfCreatingThemAgain() {
        h.crm.loseAnswersOf = WriteKind.NOTE;
        RunSummary lost = h.run(CONFIRM);
        assertThat(lost.outcome()).isEqualTo(RunOutcome.APPLIED);
        h.crm.loseAnswersOf = null;

        RunSummary next = h.run(CONFIRM);

        assertThat(h.hands.notes("D-1018")).hasSize(1);
        assertThat(h.hands.records()).isEqualTo(NOTES + tasksOfTheFirstRun());
        assertThat(h.journal.entries(next.id())).flatExtracting(JournalEntry::planned).isEmpty();
    }
}
