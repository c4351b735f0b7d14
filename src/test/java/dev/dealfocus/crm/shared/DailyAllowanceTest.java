package dev.dealfocus.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DailyAllowanceTest {
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    private final DailyAllowance allowance = new DailyAllowance("HubSpot", 0.8, Duration.ofHours(1), clock);

    @Test
    void givenNothingObserved_check_letsCallsThrough() {
        assertThatCode(allowance::check).doesNotThrowAnyException();
    }

    @Test
    void givenUsageBelowTheShare_check_letsCallsThrough() {
        allowance.observe(399_999, 500_000, START.plus(Duration.ofHours(15)));
        assertThatCode(allowance::check).doesNotThrowAnyException();
    }

    @Test
    void givenTheShareUsed_check_stopsTheRunCleanlyAndSaysHowMuch() {
        allowance.observe(400_000, 500_000, START.plus(Duration.ofHours(15)));
        assertThatThrownBy(allowance::check).isInstanceOf(CrmException.class)
                .hasMessageContaining("80% used (400000 of 500000)")
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED));
    }

    @Test
    void givenTheDayReset_check_letsCallsThroughAgain() {
        allowance.observe(450_000, 500_000, START.plus(Duration.ofHours(15)));
        clock.advance(Duration.ofHours(15));
        assertThatCode(allowance::check).doesNotThrowAnyException();
        assertThat(allowance.current()).isNull();
    }

    @Test
    void givenARollingLimitWithNoResetTime_anObservationIsForgottenWhenStale() {
        allowance.observe(90_000, 100_000, null);
        assertThatThrownBy(allowance::check).isInstanceOf(CrmException.class);
        clock.advance(Duration.ofMinutes(59));
        assertThatThrownBy(allowance::check).isInstanceOf(CrmException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThatCode(allowance::check).doesNotThrowAnyException();
    }

    @Test
    void givenAnUnknownLimit_observe_ignoresIt() {
        allowance.observe(10, 0, null);
        assertThat(allowance.current()).isNull();
    }

    @Test
    void givenAShareOutOfRange_itIsRefused() {
        assertThatThrownBy(() -> new DailyAllowance("HubSpot", 1.5, Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
