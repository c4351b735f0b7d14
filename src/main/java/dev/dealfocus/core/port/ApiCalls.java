package dev.dealfocus.core.port;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRM API calls one run (or one request) makes. Each adapter call adds what it really sent,
 * so a run's summary counts its own calls, not those of a webhook worker running beside it.
 * Retries are calls too; they are also counted apart, and so are the CRM's 429 answers.
 */
public final class ApiCalls {
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    public void add(long calls) {
        count.addAndGet(calls);
    }

    public void retried() {
        retries.incrementAndGet();
    }

    public void rateLimited() {
        rateLimited.incrementAndGet();
    }

    public long count() {
        return count.get();
    }

    public long retries() {
        return retries.get();
    }

    public long rateLimitedCount() {
        return rateLimited.get();
    }
}
