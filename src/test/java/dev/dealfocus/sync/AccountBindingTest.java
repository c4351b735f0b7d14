package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import org.junit.jupiter.api.Test;

/** Issue 7, item 8: the store belongs to one CRM account; record ids and keys never cross accounts. */
class AccountBindingTest extends OnTheBundledDemo {
    @Test
    void givenAFreshStore_firstRun_bindsItToTheCrmAccount() {
        h.run(CONFIRM);
        assertThat(h.store.boundAccount()).contains("demo:demo");
    }

    @Test
    void givenAStoreOfAnotherAccount_run_failsSayingHowToStartAfreshAndWritesNothing() {
        h.store.bindAccount("demo:production");
        RunSummary s = h.run(CONFIRM);
        assertThat(s.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(s.message()).contains("belongs to the CRM account demo:production", "answers as demo:demo",
                "new, empty database");
        assertThat(h.hands.records()).isZero();
        assertThat(h.journal.entries(s.id())).isEmpty();
    }
}
