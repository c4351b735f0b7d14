package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.DecisionStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 1 of a run: reads deals page by page, fully or incrementally since the last applied run.
 * An incremental read adds, in batches, the stored deals that time alone changed: expiry or
 * re-engagement passed since the last run, or a write that failed and must be retried.
 */
final class DealReader {
    /** Search indexes lag a little behind writes; re-reading a few minutes twice is harmless. */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    private final CrmGateway crm;
    private final DecisionStore store;
    private final ZoneId zone;

    DealReader(CrmGateway crm, DecisionStore store, ZoneId zone) {
        this.crm = crm;
        this.store = store;
        this.zone = zone;
    }

    /** Deals by id in the order read; {@code since} is {@code null} for a full scan. */
    Map<String, DealSnapshot> read(Instant since, LocalDate today) {
        Map<String, DealSnapshot> deals = new LinkedHashMap<>();
        Instant modifiedSince = since == null ? null : since.minus(OVERLAP);
        String cursor = null;
        do {
            DealPage page = crm.readDeals(modifiedSince, cursor);
            page.deals().forEach(d -> deals.put(d.id(), d));
            cursor = page.nextCursor();
        } while (cursor != null);
        if (since != null) {
            List<String> due = new ArrayList<>(store.dueForReassessment(LocalDate.ofInstant(since, zone), today));
            due.removeAll(deals.keySet());
            int batch = crm.capabilities().readBatchSize();
            for (int i = 0; i < due.size(); i += batch) {
                crm.readDealsById(due.subList(i, Math.min(due.size(), i + batch))).forEach(d -> deals.put(d.id(), d));
            }
        }
        return deals;
    }
}
