package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7, item 6: a next step is new relative to when the deal was read. */
class NextStepDuringReadTest extends OnTheBundledDemo {
    @Test
    void givenMeetingBookedWhileALongReadIsUnderWay_nextRun_unparksTheDeal() {
        h.crm.afterPage = () -> {
            h.crm.afterPage = null;
            h.clock.advance(Duration.ofMinutes(5)); // the read takes long...
            h.hands.bookMeeting("D-1018", LocalDate.of(2026, 12, 8)); // ...and meanwhile the rep books a meeting
            h.clock.advance(Duration.ofMinutes(5));
        };
        h.run(CONFIRM);
        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.PARKED);

        h.run(RUN);

        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.ACTIVE);
    }
}
