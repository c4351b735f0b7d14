package dev.dealfocus.crm.shared;

import dev.dealfocus.core.port.CrmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The CRM's short-window request budget, shared by every thread of the service: no more than
 * {@code perWindow} requests in any {@code window}, and no more than {@code searchPerSecond} searches
 * in any second. A caller that would go over waits; nobody is refused. The log slides, so the limit
 * holds for every interval, not just for the CRM's own window boundaries, which DealFocus cannot see.
 * A 429 pauses every caller until the time the CRM named ({@link #pauseUntil}).
 */
public final class RequestBudget {
    /** What a request costs: every request takes a place in the window, a search one in the second too. */
    public enum Lane { GENERAL, SEARCH }

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final int perWindow;
    private final Duration window;
    private final int searchPerSecond;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private final Deque<Instant> searches = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;
    private long waits;

    public RequestBudget(int perWindow, Duration window, int searchPerSecond, Clock clock, Sleeper sleeper) {
        if (perWindow < 1 || searchPerSecond < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a request budget needs at least 1 request in a positive window");
        }
        this.perWindow = perWindow;
        this.window = window;
        this.searchPerSecond = searchPerSecond;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Takes a place for one request, waiting as long as the budget asks; answers when the place was taken. */
    public Instant acquire(Lane lane) {
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = clock.instant();
                wait = waitAt(lane, now);
                if (wait.isZero()) {
                    sent.addLast(now);
                    if (lane == Lane.SEARCH) {
                        searches.addLast(now);
                    }
                    return now;
                }
                waits++;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CrmException(CrmException.Kind.RETRY, "Interrupted while waiting for the CRM's request budget.", e);
            }
        }
    }

    /** Holds every caller until {@code until}, as the CRM asked with a 429; an earlier time never shortens a pause. */
    public synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** How often a caller had to wait, for metrics. */
    public synchronized long waits() {
        return waits;
    }

    private Duration waitAt(Lane lane, Instant now) {
        evict(sent, now, window);
        evict(searches, now, SECOND);
        Duration wait = positive(Duration.between(now, pausedUntil));
        if (sent.size() >= perWindow) {
            wait = max(wait, Duration.between(now, sent.peekFirst().plus(window)));
        }
        if (lane == Lane.SEARCH && searches.size() >= searchPerSecond) {
            wait = max(wait, Duration.between(now, searches.peekFirst().plus(SECOND)));
        }
        return wait;
    }

    private static void evict(Deque<Instant> log, Instant now, Duration span) {
        while (!log.isEmpty() && !log.peekFirst().plus(span).isAfter(now)) {
            log.removeFirst();
        }
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
