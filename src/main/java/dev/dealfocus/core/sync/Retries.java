package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.DecisionStore.PendingWrite;
import dev.dealfocus.core.port.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Failed notes and tasks are retried with the same key while the deal's decision still stands:
 * a note refused by a 5xx must not be lost just because the status write went through.
 */
final class Retries {
    private final DecisionStore store;
    private final Map<String, PendingWrite> byKey = new HashMap<>();
    private final List<String> stale = new ArrayList<>();

    Retries(DecisionStore store) {
        this.store = store;
    }

    /** Adds each deal's pending writes to its planned ones, unless its status has moved on. */
    void addPending(List<DealPlan> plans, Map<String, List<CrmWrite>> writes) {
        Map<String, Status> statusOf = new HashMap<>();
        plans.forEach(p -> statusOf.put(p.dealId(), p.assessment().status()));
        for (PendingWrite p : store.pendingWrites(statusOf.keySet())) {
            String dealId = p.write().dealId();
            if (p.forStatus() != statusOf.get(dealId)) {
                stale.add(p.write().key());
                continue;
            }
            byKey.put(p.write().key(), p);
            List<CrmWrite> planned = writes.get(dealId);
            if (planned.stream().noneMatch(w -> w.key().equals(p.write().key()))) {
                planned.add(p.write());
            }
        }
    }

    /** After applying: forget what was written or refused for good; keep what may succeed later. */
    void settle(List<DealPlan> plans, Map<String, List<CrmWrite>> writes, Map<String, WriteResult> results) {
        List<String> done = new ArrayList<>(stale);
        List<PendingWrite> again = new ArrayList<>();
        for (DealPlan plan : plans) {
            for (CrmWrite w : writes.get(plan.dealId())) {
                if (w instanceof CrmWrite.FieldUpdate) {
                    continue; // field values are planned afresh from what the CRM shows
                }
                WriteResult r = results.get(w.key());
                if (r != null && (r.ok() || !r.retryable())) {
                    done.add(w.key());
                } else {
                    PendingWrite before = byKey.get(w.key());
                    again.add(new PendingWrite(w, plan.assessment().status(), before == null ? 1 : before.attempts() + 1,
                            r == null ? "not tried: the run stopped first" : r.error()));
                }
            }
        }
        store.clearPending(done);
        store.savePending(again);
    }
}
