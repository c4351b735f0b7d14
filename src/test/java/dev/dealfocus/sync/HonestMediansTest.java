package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import org.junit.jupiter.api.Test;

/** Issue 7, item 4: only open deals in scope, seen lately, count in a team median. */
class HonestMediansTest extends OnTheBundledDemo {
    private boolean sampled(String dealId) {
        return h.store.valueSamples().stream().map(ValueSample::dealId).anyMatch(dealId::equals);
    }

    @Test
    void givenActiveDealClosedWonInTheCrm_nextIncrementalRun_leavesItOutOfTheMedian() {
        h.run(CONFIRM);
        assertThat(sampled("D-1001")).isTrue();

        h.hands.setState("D-1001", "CLOSED");
        h.run(RUN);

        assertThat(sampled("D-1001")).isFalse();
    }

    @Test
    void givenActiveDealOptedOutByTheRep_nextIncrementalRun_leavesItOutOfTheMedian() {
        h.run(CONFIRM);
        h.hands.setProperty("D-1002", "dealfocus_exclude", "true");
        h.run(RUN);
        assertThat(sampled("D-1002")).isFalse();
    }

    @Test
    void givenADealDeletedInTheCrm_nextCompleteFullScan_dropsItFromTheMedian() {
        h.run(CONFIRM);
        assertThat(sampled("D-1003")).isTrue();
        h.hands.setState("D-1003", "DELETED");

        h.clock.advance(java.time.Duration.ofDays(1));
        RunSummary full = h.run(CONFIRM);

        assertThat(full.full()).isTrue();
        assertThat(sampled("D-1003")).isFalse();
        assertThat(h.store.latest("D-1003")).hasValueSatisfying(d -> assertThat(d.managed()).isFalse());
    }

    @Test
    void givenAFullScanThatFails_store_dropsNothing() {
        h.run(CONFIRM);
        int before = h.store.managedCount();
        h.hands.setState("D-1003", "DELETED");
        h.crm.readFails = true;

        h.clock.advance(java.time.Duration.ofDays(1));
        RunSummary failed = h.run(CONFIRM);

        assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(h.store.managedCount()).isEqualTo(before);
        assertThat(sampled("D-1003")).isTrue();
    }
}
