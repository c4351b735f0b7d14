package dev.dealfocus.core.port;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRM API calls one run (or one request) makes. Each adapter call adds what it really sent,
 * so a run's summary counts its own calls, not those of a webhook worker running beside it.
 */
public final class ApiCalls {
    private final AtomicLong count = new AtomicLong();

    public void add(long calls) {
        count.addAndGet(calls);
    }

    public long count() {
        return count.get();
    }
}
