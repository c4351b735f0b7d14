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
        assertThat(h.hands.notes("D-1018")).hasSize(1);

        h.clock.advance(Duration.ofDays(1));
        RunSummary next = h.run(RUN);

        assertThat(h.hands.notes("D-1018")).hasSize(1);
        assertThat(h.hands.tasks("D-1018")).hasSize(1);
        assertThat(next.message()).contains("1 deal failing");
    }
}
