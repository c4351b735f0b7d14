package dev.dealfocus.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CrmCallsTest {
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    private final Sleeper virtual = clock::advance;
    private final DailyAllowance daily = new DailyAllowance("HubSpot", 0.8, Duration.ofHours(1), clock);
    private final CrmCalls crm = new CrmCalls("HubSpot", new RequestBudget(100, Duration.ofSeconds(10), 5, clock, virtual),
            daily, CrmCalls.Settings.defaults(), clock, virtual);
    private final ApiCalls calls = new ApiCalls();

    /** Answers in turn: a CallFailure is thrown, anything else returned. */
    private static Supplier<String> answers(Object... answers) {
        Deque<Object> queue = new ArrayDeque<>(List.of(answers));
        return () -> {
            Object next = queue.removeFirst();
            if (next instanceof CallFailure f) {
                throw f;
            }
            return (String) next;
        };
    }

    @Test
    void givenTwoServerErrors_call_retriesWithGrowingBackoffAndAnswers() {
        String answer = crm.call(Lane.GENERAL, "read deals", calls, answers(
                CallFailure.transientFailure("502", null), CallFailure.transientFailure("503", null), "deals"));
        assertThat(answer).isEqualTo("deals");
        assertThat(calls.count()).isEqualTo(3);
        assertThat(calls.retries()).isEqualTo(2);
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(1 + 2));
    }

    @Test
    void givenA429WithRetryAfter_call_waitsThatLongThenRetries() {
        String answer = crm.call(Lane.SEARCH, "search deals", calls, answers(
                CallFailure.rateLimited("TEN_SECONDLY_ROLLING", Duration.ofSeconds(3)), "page"));
        assertThat(answer).isEqualTo("page");
        assertThat(calls.rateLimitedCount()).isEqualTo(1);
        assertThat(calls.count()).isEqualTo(2);
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(3));
    }

    @Test
    void givenA429Storm_call_givesUpAfterItsAttemptsAsRetryLater() {
        CallFailure limited = CallFailure.rateLimited("TEN_SECONDLY_ROLLING", null);
        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "update deals", calls,
                answers(limited, limited, limited, limited, limited)))
                .isInstanceOf(CrmException.class).hasMessageContaining("kept answering 429 to update deals after 5 tries")
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.RETRY));
        assertThat(calls.count()).isEqualTo(5);
        assertThat(calls.rateLimitedCount()).isEqualTo(5);
        // with no Retry-After the short window is waited out each time
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(40));
    }

    @Test
    void givenAMissingScope_call_failsFastWithoutRetrying() {
        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "read owners", calls,
                answers(CallFailure.failFast("The token lacks the scope crm.objects.owners.read."))))
                .isInstanceOf(CrmException.class).hasMessageContaining("crm.objects.owners.read")
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.FAIL_FAST));
        assertThat(calls.count()).isEqualTo(1);
        assertThat(calls.retries()).isZero();
    }

    @Test
    void givenTheDailyQuotaGone_call_stopsCleanly() {
        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "read deals", calls, answers(CallFailure.quotaExhausted("DAILY"))))
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED));
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenDealFocusShareOfTheDayUsed_call_sendsNothing() {
        daily.observe(400_000, 500_000, START.plus(Duration.ofHours(10)));
        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "read deals", calls, answers("never")))
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED));
        assertThat(calls.count()).isZero();
    }

    @Test
    void givenFiveFailuresInARow_theCircuitOpensAndRefusesCallsForAMinute() {
        CallFailure down = CallFailure.transientFailure("503", null);
        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "read deals", calls, answers(down, down, down, down, down)))
                .hasMessageContaining("after 5 tries");
        assertThat(calls.count()).isEqualTo(5);
        Instant opened = clock.instant();

        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "read deals", calls, answers("never")))
                .hasMessageContaining("paused its calls")
                .satisfies(e -> assertThat(((CrmException) e).retryAfter()).isEqualTo(Duration.ofSeconds(60)));
        assertThat(calls.count()).isEqualTo(5);

        clock.advance(Duration.ofSeconds(60));
        assertThat(crm.call(Lane.GENERAL, "read deals", calls, answers("deals"))).isEqualTo("deals");
        assertThat(clock.instant()).isEqualTo(opened.plusSeconds(60));
    }

    @Test
    void givenALockWithANamedWait_call_waitsAtLeastThatLong() {
        String answer = crm.call(Lane.GENERAL, "update deals", calls, answers(
                CallFailure.transientFailure("423 Locked", null).withRetryAfter(Duration.ofSeconds(2)), "done"));
        assertThat(answer).isEqualTo("done");
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void givenAWaitLongerThanAnyBackoff_call_givesUpAtOnceSayingWhenToComeBack() {
        assertThatThrownBy(() -> crm.call(Lane.GENERAL, "read deals", calls, answers(
                CallFailure.transientFailure("477 migrating", null).withRetryAfter(Duration.ofHours(2)))))
                .isInstanceOf(CrmException.class)
                .satisfies(e -> assertThat(((CrmException) e).retryAfter()).isEqualTo(Duration.ofHours(2)));
        assertThat(calls.count()).isEqualTo(1);
        assertThat(clock.instant()).isEqualTo(START);
    }
}
