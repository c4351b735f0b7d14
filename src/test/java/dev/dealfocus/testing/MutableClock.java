package dev.dealfocus.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move forward by hand instead of sleeping. */
public final class MutableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    /** Moves to a later instant; time never runs back. */
    public synchronized void set(Instant later) {
        if (later.isBefore(now)) {
            throw new IllegalArgumentException(later + " is before " + now);
        }
        now = later;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
