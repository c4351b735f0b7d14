package dev.dealfocus.sync;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.WriteResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A CRM that fails the way real ones do, on top of a working one: notes refused with a 5xx, the
 * daily quota running out after some batches, or a read that blocks until released.
 */
final class FlakyCrm implements CrmGateway {
    private final CrmGateway crm;
    volatile boolean notesFail;
    volatile int batchesBeforeQuota = -1;
    volatile CountDownLatch readGate;
    volatile boolean readFails;
    final CountDownLatch reading = new CountDownLatch(1);

    FlakyCrm(CrmGateway crm) {
        this.crm = crm;
    }

    @Override
    public CrmCapabilities capabilities() {
        return crm.capabilities();
    }

    @Override
    public DealPage readDeals(Instant modifiedSince, String cursor) {
        reading.countDown();
        if (readFails) {
            throw new CrmException(CrmException.Kind.RETRY, "503 Service Unavailable");
        }
        if (readGate != null) {
            try {
                readGate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return crm.readDeals(modifiedSince, cursor);
    }

    @Override
    public List<DealSnapshot> readDealsById(Collection<String> ids) {
        return crm.readDealsById(ids);
    }

    @Override
    public List<WriteResult> apply(List<CrmWrite> writes) {
        if (batchesBeforeQuota == 0) {
            throw new CrmException(CrmException.Kind.QUOTA_EXHAUSTED, "429 DAILY limit reached.");
        }
        if (batchesBeforeQuota > 0) {
            batchesBeforeQuota--;
        }
        if (notesFail && writes.stream().anyMatch(w -> w instanceof CrmWrite.Note)) {
            List<CrmWrite> others = writes.stream().filter(w -> !(w instanceof CrmWrite.Note)).toList();
            List<WriteResult> applied = crm.apply(others);
            return writes.stream().map(w -> w instanceof CrmWrite.Note
                    ? WriteResult.failed(w.key(), "502 Bad Gateway", true)
                    : applied.get(others.indexOf(w))).toList();
        }
        return crm.apply(writes);
    }

    @Override
    public void ping() {
        crm.ping();
    }

    @Override
    public long apiCalls() {
        return crm.apiCalls();
    }
}
