package dev.dealfocus.testing;

import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for what the webhook worker does off the request thread, without fixed sleeps. */
public final class WebhookRuns {
    private WebhookRuns() {
    }

    /** The value once {@code done} holds, or its last value after {@code limit}. */
    public static <T> T within(Duration limit, Supplier<T> value, Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        T v = value.get();
        while (!done.test(v) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            v = value.get();
        }
        return v;
    }

    /** The journal's recent runs a webhook started, newest first. */
    public static List<RunSummary> of(RunJournal journal) {
        return journal.recent(50).stream().filter(r -> r.trigger() == Trigger.WEBHOOK).toList();
    }

    /** The webhook runs once one more than {@code before} has finished. */
    public static List<RunSummary> afterOneMore(RunJournal journal, int before) throws InterruptedException {
        return within(Duration.ofSeconds(20), () -> of(journal), r -> r.size() > before && r.get(0).finishedAt() != null);
    }
}
