package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a run keeps the deals it read until the team medians are known, so its memory is bounded by a
 * page, not by the pipeline. Closed at the end of the run; nothing in it outlives the run.
 */
public interface DealBuffer extends AutoCloseable {
    /** A deal with the instant it was read. */
    record Read(DealSnapshot deal, Instant readAt) {
    }

    void add(List<Read> page);

    /** Every deal added, in order, in pages of at most {@code size}; may be called more than once. */
    void forEachPage(int size, Consumer<List<Read>> page);

    @Override
    void close();

    /** Opens an empty buffer for one run. */
    interface Factory {
        DealBuffer open();
    }
}
