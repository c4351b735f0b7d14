package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 7, item 3: in live mode the status before is the CRM's status field, nothing remembered. */
class StatusBeforeTest extends OnTheBundledDemo {
    private static final Map<String, String> RECOMMEND_ONLY = Map.of("dealfocus.recommend-only", "true");

    private JournalEntry entry(RunSummary run, String dealId) {
        return h.journal.entries(run.id()).stream().filter(e -> e.dealId().equals(dealId)).findFirst().orElseThrow();
    }

    @Test
    void givenRecommendOnlySwitchedOff_nextRun_writesStatusNoteAndTaskAsAFirstDecision() {
        h.run(RUN, RECOMMEND_ONLY);
        assertThat(h.deal("D-1018").dealFocus().recommendedStatus()).isEqualTo(Status.PARKED);

        RunSummary live = h.run(CONFIRM);

        assertThat(entry(live, "D-1018").before()).isNull();
        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.PARKED);
        assertThat(h.hands.notes("D-1018")).singleElement().asString().contains("PARKED since").doesNotContain("(before:");
        assertThat(h.hands.tasks("D-1018")).singleElement().asString().startsWith("REENGAGE_TASK");
    }

    @Test
    void givenPersonClearsTheStatusOfAParkedDeal_nextRun_leavesItEmptyAndSaysAPersonCleared() {
        h.run(CONFIRM);
        h.hands.setStatusByHand("D-1018", null);

        RunSummary next = h.run(RUN);

        JournalEntry e = entry(next, "D-1018");
        assertThat(e.before()).isNull();
        assertThat(e.reasons()).extracting(r -> r.code()).contains(ReasonCode.HUMAN_EDIT);
        assertThat(h.deal("D-1018").dealFocus().status()).isNull();
        assertThat(h.hands.notes("D-1018")).hasSize(1);
    }
}
