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
    /**
     * A deal with the instant it was read.
     *
     * @param absorbed a deal merged into this one in the CRM, whose memory this deal takes when it has
     *                 none of its own (a merge keeps the parked status and the signals' history), or {@code null}
     */
    record Read(DealSnapshot deal, Instant readAt, String absorbed) {
        public Read(DealSnapshot deal, Instant readAt) {
            this(deal, readAt, null);
        }
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
