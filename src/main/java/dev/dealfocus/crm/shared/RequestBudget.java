package dev.dealfocus.crm.shared;

import dev.dealfocus.core.port.CrmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The part of the budget other replicas of the service spend too (a row in the database they share): a request
     * takes a place here as well, so all replicas together stay within the CRM's limit, not each of them.
     */
    public interface Shared {
        Shared NONE = () -> { };

        /** Waits until the replicas' common budget has room for one more request, and takes it. */
        void take();
    }

    private static final Duration SECOND = Duration.ofSeconds(1);

    /** Polled while every counted request is still in flight. */
    private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(50);

    /**
     * A place a request took: from when it was sent until its answer came back. The CRM counts a request
     * when it arrives, some time between the two, so a place leaves the window only a full window after
     * the answer: however slow the wire, the CRM never sees more than the budget in any window.
     */
    public final class Place {
        private final Lane lane;
        private volatile Instant answeredAt;

        private Place(Lane lane) {
            this.lane = lane;
        }

        /** The answer came back (or the request failed): the place starts to age out of the window. */
        public void answered() {
            synchronized (RequestBudget.this) {
                if (answeredAt == null) {
                    answeredAt = clock.instant();
                }
            }
        }
    }

    private final int perWindow;
    private final Duration window;
    private final int searchPerSecond;
    private final Clock clock;
    private final Sleeper sleeper;
    private final List<Place> places = new ArrayList<>();
    private Instant pausedUntil = Instant.MIN;
    private long waits;
    private volatile Shared shared = Shared.NONE;

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

    /** Takes a place for a request answered at once, waiting as long as the budget asks; answers when it was taken. */
    public Instant acquire(Lane lane) {
        Place place = take(lane);
        place.answered();
        return place.answeredAt;
    }

    /** Counts every request in the replicas' common budget too. */
    public void share(Shared common) {
        this.shared = common;
    }

    /** Takes a place for one request, waiting as long as the budget asks; call {@link Place#answered()} when it is done. */
    public Place take(Lane lane) {
        Place place = takeHere(lane);
        try {
            shared.take();
        } catch (RuntimeException e) {
            place.answered(); // nothing was sent; the place ages out as an answered one
            throw e;
        }
        return place;
    }

    private Place takeHere(Lane lane) {
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = clock.instant();
                wait = waitAt(lane, now);
                if (wait.isZero()) {
                    Place place = new Place(lane);
                    places.add(place);
                    return place;
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
        places.removeIf(p -> p.answeredAt != null && !p.answeredAt.plus(window).isAfter(now));
        Duration wait = positive(Duration.between(now, pausedUntil));
        wait = max(wait, room(places, perWindow, window, now));
        if (lane == Lane.SEARCH) {
            List<Place> searches = places.stream().filter(p -> p.lane == Lane.SEARCH).toList();
            wait = max(wait, room(searches, searchPerSecond, SECOND, now));
        }
        return wait;
    }

    /** How long until fewer than {@code limit} of {@code counted} lie within {@code span} before now. */
    private static Duration room(List<Place> counted, int limit, Duration span, Instant now) {
        List<Instant> leaving = new ArrayList<>();
        int within = 0;
        for (Place p : counted) {
            if (p.answeredAt == null) {
                within++;
            } else if (p.answeredAt.plus(span).isAfter(now)) {
                within++;
                leaving.add(p.answeredAt.plus(span));
            }
        }
        if (within < limit) {
            return Duration.ZERO;
        }
        leaving.sort(null);
        int mustLeave = within - limit + 1;
        return mustLeave <= leaving.size() ? Duration.between(now, leaving.get(mustLeave - 1)) : IN_FLIGHT_POLL;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
