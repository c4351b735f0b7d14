package dev.dealfocus.sync;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.WriteKind;
import dev.dealfocus.core.port.WriteResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A CRM that fails the way real ones do, on top of a working one: notes or field updates refused with
 * a 5xx, one deal's fields refused for good by a validation rule, the daily quota running out after
 * some batches, a read that blocks until released, something happening while a page is read.
 */
final class FlakyCrm implements CrmGateway {
    private final CrmGateway crm;
    volatile boolean notesFail;
    volatile boolean fieldsFail;
    volatile int batchesBeforeQuota = -1;
    volatile CountDownLatch readGate;
    volatile boolean readFails;
    volatile Runnable afterPage;
    /** Rewrites every page the CRM answers, as a CRM that merged or changed records would show them. */
    volatile java.util.function.UnaryOperator<DealPage> pages = java.util.function.UnaryOperator.identity();
    /** The process "dies" once this kind of batch reached the CRM, before the answer arrives. */
    volatile WriteKind crashAfter;
    /** The process "dies" just before this kind of batch is sent. */
    volatile WriteKind crashBefore;
    /** The answers to this kind of batch are lost on the way back (a timeout after the CRM applied it). */
    volatile WriteKind loseAnswersOf;
    final Set<String> refuseFieldsFor = ConcurrentHashMap.newKeySet();
    /** How often a field write of a deal in {@link #refuseFieldsFor} was sent and refused. */
    final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
    final CountDownLatch reading = new CountDownLatch(1);

    FlakyCrm(CrmGateway crm) {
        this.crm = crm;
    }

    @Override
    public CrmCapabilities capabilities() {
        return crm.capabilities();
    }

    @Override
    public String account(ApiCalls calls) {
        return crm.account(calls);
    }

    @Override
    public DealPage readDeals(ReadSpec spec, Instant modifiedSince, String cursor, ApiCalls calls) {
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
        DealPage page = pages.apply(crm.readDeals(spec, modifiedSince, cursor, calls));
        Runnable hook = afterPage;
        if (hook != null) {
            hook.run();
        }
        return page;
    }

    @Override
    public DealPage readDealsById(ReadSpec spec, Collection<String> ids, ApiCalls calls) {
        return crm.readDealsById(spec, ids, calls);
    }

    @Override
    public List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
        if (batchesBeforeQuota == 0) {
            throw new CrmException(CrmException.Kind.QUOTA_EXHAUSTED, "429 DAILY limit reached.");
        }
        if (batchesBeforeQuota > 0) {
            batchesBeforeQuota--;
        }
        WriteKind kind = writes.get(0).kind();
        if (kind == crashBefore) {
            crashBefore = null;
            throw new Crash();
        }
        if (kind == crashAfter || kind == loseAnswersOf) {
            List<WriteResult> applied = crm.apply(writes, calls);
            if (kind == crashAfter) {
                crashAfter = null;
                throw new Crash();
            }
            return applied.stream().map(r -> WriteResult.unknown(r.key(), "read timed out")).toList();
        }
        if (fieldsFail && kind == WriteKind.FIELDS || notesFail && kind == WriteKind.NOTE) {
            calls.add(1);
            return writes.stream().map(w -> WriteResult.failed(w.key(), "503 Service Unavailable", null)).toList();
        }
        List<CrmWrite> others = writes.stream().filter(w -> !refused(w)).toList();
        List<WriteResult> applied = others.isEmpty() ? List.of() : crm.apply(others, calls);
        refusals.addAndGet((int) writes.stream().filter(this::refused).count());
        return writes.stream().map(w -> refused(w)
                ? WriteResult.refused(w.key(), "400 VALIDATION_ERROR: a validation rule refused the value")
                : applied.get(others.indexOf(w))).toList();
    }

    /** Stands for a process killed mid-run: nothing in the service catches it, as nothing runs after a kill. */
    static final class Crash extends Error {
        Crash() {
            super("the process was killed");
        }
    }

    private boolean refused(CrmWrite w) {
        return w.kind() == WriteKind.FIELDS && refuseFieldsFor.contains(w.dealId());
    }

    /** While set, a lookup does not find tasks on no deal yet, as a search index that lags behind a create. */
    volatile boolean searchLags;
    volatile java.time.Duration searchLag = java.time.Duration.ZERO;

    @Override
    public Map<String, String> findCreated(Collection<CrmWrite> creates, ApiCalls calls) {
        Map<String, String> found = new java.util.HashMap<>(crm.findCreated(creates, calls));
        if (searchLags) {
            creates.stream().filter(w -> w.kind() == WriteKind.OWNER_TASK).forEach(w -> found.remove(w.key()));
        }
        return found;
    }

    @Override
    public java.time.Duration searchLag() {
        return searchLag;
    }

    @Override
    public void ping(ApiCalls calls) {
        crm.ping(calls);
    }
}
