package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.RunSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7, item 1: the note and exit draft belong to the decision, not to the day it was planned. */
class OneDecisionOneNoteTest extends OnTheBundledDemo {
    private Status shownStatus(String dealId) {
        return h.deal(dealId).dealFocus().status();
    }

    @Test
    void givenFieldBatchFailsWith5xxWhileNotesSucceed_nextDaysRun_writesTheStatusButNoSecondNote() {
        h.crm.fieldsFail = true;
        h.run(CONFIRM);
        assertThat(shownStatus("D-1018")).isNull();
        assertThat(h.hands.notes("D-1018")).singleElement().asString().contains("Exit message draft");

        h.crm.fieldsFail = false;
        h.clock.advance(Duration.ofDays(1));
        h.run(CONFIRM);

        assertThat(shownStatus("D-1018")).isEqualTo(Status.PARKED);
        assertThat(h.hands.notes("D-1018")).hasSize(1);
        assertThat(h.hands.tasks("D-1018")).hasSize(1);
    }

    @Test
    void givenCrmRefusesTheStatusOfOneDealForGood_nextDaysRun_writesNoSecondNoteAndReportsTheDealAsFailing() {
        h.crm.refuseFieldsFor.add("D-1018");
        RunSummary first = h.run(CONFIRM);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.failing()).isEqualTo(1);
        assertThat(h.hands.notes("D-1018")).hasSize(1);

        h.clock.advance(Duration.ofDays(1));
        RunSummary next = h.run(RUN);

        assertThat(h.hands.notes("D-1018")).hasSize(1);
        assertThat(h.hands.tasks("D-1018")).hasSize(1);
        assertThat(next.failing()).isEqualTo(1);
        assertThat(next.message()).contains("1 deal failing");
    }

    @Test
    void givenAWriteTheCrmRefusesForGood_laterRuns_resendItOnlyAtFullScansAndOnlyThreeTimesInAll() {
        h.crm.refuseFieldsFor.add("D-1018");
        h.run(CONFIRM);                                 // attempt 1, a full scan
        h.run(RUN);                                     // incremental: not sent again
        assertThat(h.crm.refusals.get()).isEqualTo(1);
        for (int day = 1; day <= 4; day++) {
            h.clock.advance(Duration.ofDays(1));
            RunSummary full = h.run(RUN);               // attempts 2 and 3 at the next full scans, then no more
            assertThat(full.full()).isTrue();
            assertThat(full.failing()).as("day %d", day).isEqualTo(1);
        }
        assertThat(h.crm.refusals.get()).isEqualTo(3);
        assertThat(h.hands.notes("D-1018")).hasSize(1);

        h.crm.refuseFieldsFor.clear(); // an admin fixed the validation rule, then confirms a run
        RunSummary confirmed = h.run(CONFIRM);
        assertThat(confirmed.failing()).isZero();
        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.PARKED);
        assertThat(h.hands.notes("D-1018")).hasSize(1);
    }
}
