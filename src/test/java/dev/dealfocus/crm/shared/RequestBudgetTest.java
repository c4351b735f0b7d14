package dev.dealfocus.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.crm.shared.RequestBudget.Lane;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    private final Sleeper virtual = clock::advance;

    @Test
    void given250RequestsAt100Per10s_acquire_spreadsThemOverThreeWindows() {
        RequestBudget budget = new RequestBudget(100, Duration.ofSeconds(10), 5, clock, virtual);
        List<Instant> granted = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            granted.add(budget.acquire(Lane.GENERAL));
        }
        assertThat(maxInAnyWindow(granted, Duration.ofSeconds(10))).isEqualTo(100);
        assertThat(granted.get(249)).isEqualTo(START.plusSeconds(20));
        assertThat(budget.waits()).isEqualTo(2);
    }

    @Test
    void givenSearches_acquire_keepsThemToFivePerSecondInsideTheWindow() {
        RequestBudget budget = new RequestBudget(100, Duration.ofSeconds(10), 5, clock, virtual);
        List<Instant> searches = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            searches.add(budget.acquire(Lane.SEARCH));
        }
        assertThat(maxInAnyWindow(searches, Duration.ofSeconds(1))).isEqualTo(5);
        assertThat(searches.get(11)).isEqualTo(START.plusSeconds(2));
        // other requests are not held back by the search limit
        assertThat(budget.acquire(Lane.GENERAL)).isEqualTo(START.plusSeconds(2));
    }

    @Test
    void givenA429AskingToWait_acquire_holdsEveryCallerUntilThen() {
        RequestBudget budget = new RequestBudget(100, Duration.ofSeconds(10), 5, clock, virtual);
        budget.acquire(Lane.GENERAL);
        budget.pauseUntil(START.plusSeconds(7));
        budget.pauseUntil(START.plusSeconds(3)); // a shorter pause never cuts the longer one
        assertThat(budget.acquire(Lane.GENERAL)).isEqualTo(START.plusSeconds(7));
        assertThat(budget.acquire(Lane.SEARCH)).isEqualTo(START.plusSeconds(7));
    }

    @Test
    void givenFourThreadsSharingTheBudget_noWindowEverHoldsMoreThanTheLimit() throws Exception {
        RequestBudget budget = new RequestBudget(20, Duration.ofSeconds(10), 5, clock, virtual);
        List<Instant> granted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        granted.add(budget.acquire(i % 7 == thread ? Lane.SEARCH : Lane.GENERAL));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(granted).hasSize(200);
        assertThat(maxInAnyWindow(granted, Duration.ofSeconds(10))).isLessThanOrEqualTo(20);
    }

    /** The most requests in any interval of the given length, checked at every request. */
    private static int maxInAnyWindow(List<Instant> times, Duration span) {
        List<Instant> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int max = 0;
        for (int i = 0, j = 0; i < sorted.size(); i++) {
            while (!sorted.get(j).plus(span).isAfter(sorted.get(i))) {
                j++;
            }
            max = Math.max(max, i - j + 1);
        }
        return max;
    }
}
