package dev.dealfocus.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the core needs from a CRM. Adapters speak the CRM's real API, spend calls on batches, never
 * one call per deal, and add every call they send to the caller's {@link ApiCalls}. Failures before
 * anything could be applied are thrown as {@link CrmException}, sorted by what to do next.
 */
public interface CrmGateway {

    CrmCapabilities capabilities();

    /**
     * The CRM account the data belongs to (a HubSpot portal id, a Salesforce org id, {@code demo}): the
     * store is bound to it, since record ids and idempotency keys must never cross accounts.
     */
    String account(ApiCalls calls);

    /**
     * One page of open deals, with the deals that left the pipeline and records that could not be read.
     *
     * @param modifiedSince only deals changed at or after this instant of the CRM's clock, or {@code null}
     *                      for a full scan; the core chooses it from the pages' high-water marks
     * @param cursor        the previous page's {@link DealPage#nextCursor()}, or {@code null} to start
     */
    DealPage readDeals(ReadSpec spec, Instant modifiedSince, String cursor, ApiCalls calls);

    /** Deals by id, at most {@link CrmCapabilities#readBatchSize()}; ids the CRM does not know are absent. */
    DealPage readDealsById(ReadSpec spec, Collection<String> ids, ApiCalls calls);

    /**
     * Applies writes of one {@link WriteKind}, at most {@link CrmCapabilities#writeBatchSize()}: one
     * result per write, in order. Throws only when nothing was applied (not sent, or refused as a whole).
     */
    List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls);

    /**
     * Looks up notes and tasks whose create may or may not have reached the CRM, by their idempotency
     * key: the CRM id of each one that exists, by key. Reads the deals' own notes and tasks, never a
     * search index that may lag; a task on no deal ({@link CrmWrite.OwnerTask}) may need a search, see
     * {@link #searchLag()}.
     */
    Map<String, String> findCreated(Collection<CrmWrite> creates, ApiCalls calls);

    /**
     * How long a created task on no deal may take to be found by {@link #findCreated}: zero where the lookup
     * reads the records themselves, the search index's lag where it searches.
     */
    default java.time.Duration searchLag() {
        return java.time.Duration.ZERO;
    }

    /**
     * The deals that records of another kind (meetings, calls, tasks a change event named) belong to, by
     * record id, in batches; empty where the CRM's events always name the deal.
     */
    default Map<String, List<String>> dealsOf(String objectType, Collection<String> ids, ApiCalls calls) {
        return Map.of();
    }

    /** A cheap call that proves the CRM answers; throws when it does not. */
    void ping(ApiCalls calls);
}
