package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies writes in batches of the CRM's batch size. A batch that fails for a passing reason is
 * recorded as failed and retried next run; an exhausted daily quota stops the run cleanly; a
 * configuration error (bad field, missing permission) fails the run, since every batch would fail.
 */
final class WriteApplier {
    /**
     * Results by idempotency key; writes never tried have none.
     *
     * @param stoppedBy what stopped the run early, or {@code null}
     * @param failedRun the stop was a configuration error rather than an exhausted quota
     */
    record Applied(Map<String, WriteResult> results, String stoppedBy, boolean failedRun) {
    }

    private final CrmGateway crm;

    WriteApplier(CrmGateway crm) {
        this.crm = crm;
    }

    Applied apply(List<CrmWrite> unordered) {
        // One kind per batch where possible: CRMs batch field updates, notes and tasks separately.
        List<CrmWrite> writes = unordered.stream().sorted(Comparator.comparingInt(WriteApplier::kindOrder)).toList();
        Map<String, WriteResult> results = new LinkedHashMap<>();
        int batch = crm.capabilities().writeBatchSize();
        for (int i = 0; i < writes.size(); i += batch) {
            List<CrmWrite> chunk = writes.subList(i, Math.min(writes.size(), i + batch));
            try {
                crm.apply(chunk).forEach(r -> results.put(r.key(), r));
            } catch (CrmException e) {
                boolean retryable = e.kind() != CrmException.Kind.FAIL_FAST;
                chunk.forEach(w -> results.put(w.key(), WriteResult.failed(w.key(), e.getMessage(), retryable)));
                if (e.kind() == CrmException.Kind.QUOTA_EXHAUSTED) {
                    return new Applied(results, e.getMessage() + " The run stopped; the next run resumes.", false);
                }
                if (e.kind() == CrmException.Kind.FAIL_FAST) {
                    return new Applied(results, e.getMessage() + " The run stopped; fix the configuration.", true);
                }
            }
        }
        return new Applied(results, null, false);
    }

    private static int kindOrder(CrmWrite write) {
        if (write instanceof CrmWrite.FieldUpdate) {
            return 0;
        }
        return write instanceof CrmWrite.Note ? 1 : 2;
    }
}
