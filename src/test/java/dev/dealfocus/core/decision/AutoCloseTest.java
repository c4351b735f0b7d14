package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.Previous;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AutoCloseTest {
    private static final DealSnapshot PARKED = deal().score(40).shownStatus(Status.PARKED).build();

    private static Assessment assess(boolean autoClose, LocalDate reengageOn) {
        PreviousDecision previous = Previous.withReengageOn(Previous.of(PARKED, Status.PARKED, TODAY.minusDays(91)), reengageOn);
        return new DealAssessor(new PolicyBuilder().autoClose(autoClose).build(), Fixtures.CLOCK)
                .assess(PARKED, Fixtures.NOW, previous, TeamMedians.none());
    }

    @Test
    void givenReengageDatePassedWithoutNewEventAndAutoClose_assess_closesDeal() {
        Assessment a = assess(true, TODAY.minusDays(1));
        assertThat(a.status()).isEqualTo(Status.CLOSED);
        assertThat(a.statusChanged()).isTrue();
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BAND, ReasonCode.NO_NEW_EVENT);
        assertThat(a.reengageOn()).isEqualTo(LocalDate.of(2027, 3, 1)); // 28 Feb 2027 is a Sunday
    }

    @Test
    void givenReengageDatePassedWithoutAutoClose_assess_keepsParkedAndRecommendsClosing() {
        Assessment a = assess(false, TODAY.minusDays(1));
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BAND, ReasonCode.CLOSE_RECOMMENDED);
    }

    @Test
    void givenReengageDateIsToday_assess_keepsParkedWithoutRecommendation() {
        Assessment a = assess(true, TODAY);
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.has(ReasonCode.CLOSE_RECOMMENDED)).isFalse();
    }

    @Test
    void givenClosedDealWithoutNewEvent_assess_keepsItClosed() {
        DealSnapshot closed = deal().score(80).shownStatus(Status.CLOSED).build();
        Assessment a = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK)
                .assess(closed, Fixtures.NOW, Previous.of(closed, Status.CLOSED, TODAY.minusDays(3)), TeamMedians.none());
        assertThat(a.status()).isEqualTo(Status.CLOSED);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_NEW_EVENT);
    }
}
