package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Full scan or incremental read, and from where (issue 7, items 5 and 8). A full scan follows the
 * configured cadence without drifting on scheduler jitter; an incremental read starts at the CRM's own
 * high-water mark of the last applied run, minus a little overlap for search indexes that lag.
 */
final class RunCadence {
    /** Search indexes lag a little behind writes; re-reading a few minutes twice is harmless. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** A scheduler fires a little early or late: that must not push a due full scan to the next tick. */
    private static final Duration MAX_JITTER = Duration.ofMinutes(10);

    /**
     * What to read.
     *
     * @param modifiedSince the incremental window's start in the CRM's clock; {@code null} for a full scan
     * @param dueSince      stored deals whose dates passed after this day are read too; {@code null} for a full scan
     */
    record Window(boolean full, Instant modifiedSince, LocalDate dueSince) {
    }

    private final RunJournal journal;
    private final Duration fullScanEvery;
    private final ZoneId zone;

    RunCadence(RunJournal journal, Duration fullScanEvery, ZoneId zone) {
        this.journal = journal;
        this.fullScanEvery = fullScanEvery;
        this.zone = zone;
    }

    Window window(Instant start) {
        Optional<RunSummary> lastFull = journal.lastApplied(true);
        Optional<RunSummary> last = journal.lastApplied(false);
        if (lastFull.isEmpty() || last.isEmpty() || last.get().readCursor() == null
                || !start.isBefore(lastFull.get().startedAt().plus(fullScanEvery).minus(jitter()))) {
            return new Window(true, null, null);
        }
        return new Window(false, last.get().readCursor().minus(OVERLAP), LocalDate.ofInstant(last.get().startedAt(), zone));
    }

    /** A twentieth of the cadence, at most ten minutes: a daily scan tolerates ten minutes early. */
    private Duration jitter() {
        Duration twentieth = fullScanEvery.dividedBy(20);
        return twentieth.compareTo(MAX_JITTER) < 0 ? twentieth : MAX_JITTER;
    }
}
