package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What the core needs from a CRM. Adapters speak the CRM's real API and spend calls on batches,
 * never one call per deal. Failures are thrown as {@link CrmException}, sorted by what to do next.
 */
public interface CrmGateway {

    CrmCapabilities capabilities();

    /**
     * One page of open and recently closed deals.
     *
     * @param modifiedSince only deals changed since then, or {@code null} for a full scan
     * @param cursor        the previous page's {@link DealPage#nextCursor()}, or {@code null} to start
     */
    DealPage readDeals(Instant modifiedSince, String cursor);

    /** Deals by id, at most {@link CrmCapabilities#readBatchSize()} per call; unknown ids are absent. */
    List<DealSnapshot> readDealsById(Collection<String> ids);

    /** Applies writes, at most {@link CrmCapabilities#writeBatchSize()}; one result per write, in order. */
    List<WriteResult> apply(List<CrmWrite> writes);

    /** A cheap call that proves the CRM answers; throws when it does not. */
    void ping();

    /** API calls made so far by this gateway, for run summaries and metrics. */
    long apiCalls();
}
