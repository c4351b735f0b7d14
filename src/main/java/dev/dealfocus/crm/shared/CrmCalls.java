package dev.dealfocus.crm.shared;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Every CRM request of an adapter goes through here: the daily allowance is checked, a place in the
 * shared request budget taken, the call counted, and a failed attempt sorted into wait-and-retry or
 * give-up. Hand-rolled rather than SmallRye's {@code @Retry}/{@code @RateLimit} because the wait
 * after a 429 comes from the CRM's answer and must hold every thread of the service, not one
 * method's callers; the policy's numbers are {@link Settings} and tests count its requests.
 */
public final class CrmCalls {
    /**
     * @param attempts         tries per call, the first included
     * @param firstBackoff     wait after the first transient failure; doubles each time up to {@code maxBackoff}
     * @param rateLimitWait    wait after a 429 that names no time: the CRM's short window
     * @param breakerThreshold consecutive transient failures, across calls, that open the circuit
     * @param breakerOpenFor   how long an open circuit refuses calls before one is let through again
     */
    public record Settings(int attempts, Duration firstBackoff, Duration maxBackoff, Duration rateLimitWait,
                           int breakerThreshold, Duration breakerOpenFor) {
        public Settings {
            if (attempts < 1 || breakerThreshold < 1) {
                throw new IllegalArgumentException("attempts and breaker threshold must be at least 1");
            }
        }

        public static Settings defaults() {
            return new Settings(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10), 5,
                    Duration.ofSeconds(60));
        }
    }

    private final String crm;
    private final RequestBudget budget;
    private final DailyAllowance daily;
    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;

    public CrmCalls(String crm, RequestBudget budget, DailyAllowance daily, Settings settings, Clock clock, Sleeper sleeper) {
        this.crm = crm;
        this.budget = budget;
        this.daily = daily;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Runs one request, retrying as its failures allow; {@code what} names it in messages ("read deals"). */
    public <T> T call(Lane lane, String what, ApiCalls calls, Supplier<T> request) {
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            refuseWhileOpen(what);
            daily.check();
            RequestBudget.Place place = budget.take(lane);
            calls.add(1);
            try {
                T answer = answered(place, request);
                closed();
                return answer;
            } catch (CallFailure f) {
                boolean last = attempt >= settings.attempts();
                switch (f.kind()) {
                    case FAIL_FAST -> throw new CrmException(CrmException.Kind.FAIL_FAST, f.getMessage(), f);
                    case QUOTA_EXHAUSTED -> throw new CrmException(CrmException.Kind.QUOTA_EXHAUSTED, f.getMessage(), f);
                    case RATE_LIMITED -> {
                        calls.rateLimited();
                        Duration wait = f.retryAfter() != null ? f.retryAfter() : settings.rateLimitWait();
                        budget.pauseUntil(clock.instant().plus(wait));
                        if (last) {
                            throw new CrmException(CrmException.Kind.RETRY, crm + " kept answering 429 to " + what
                                    + " after " + attempt + " tries.", f, wait);
                        }
                    }
                    case TRANSIENT -> {
                        failedOnce();
                        Duration wait = f.retryAfter() == null ? backoff : max(backoff, f.retryAfter());
                        if (last || wait.compareTo(settings.maxBackoff()) > 0) {
                            // a wait longer than any backoff (a 477 migration) is the next run's to take
                            throw new CrmException(CrmException.Kind.RETRY, crm + " failed to " + what + " after "
                                    + attempt + (attempt == 1 ? " try: " : " tries: ") + f.getMessage(), f, f.retryAfter());
                        }
                        pause(wait);
                        backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
                    }
                }
                calls.retried();
            }
        }
    }

    /** The request's answer; its place in the budget starts to age out when the answer (or failure) is back. */
    private static <T> T answered(RequestBudget.Place place, Supplier<T> request) {
        try {
            return request.get();
        } finally {
            place.answered();
        }
    }

    private synchronized void refuseWhileOpen(String what) {
        if (clock.instant().isBefore(openUntil)) {
            throw new CrmException(CrmException.Kind.RETRY, crm + " is failing; DealFocus paused its calls until "
                    + openUntil + " and did not " + what + ".", null, Duration.between(clock.instant(), openUntil));
        }
    }

    private synchronized void failedOnce() {
        if (++consecutiveFailures >= settings.breakerThreshold()) {
            openUntil = clock.instant().plus(settings.breakerOpenFor());
            consecutiveFailures = 0;
        }
    }

    private synchronized void closed() {
        consecutiveFailures = 0;
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(CrmException.Kind.RETRY, "Interrupted while waiting to retry " + crm + ".", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
