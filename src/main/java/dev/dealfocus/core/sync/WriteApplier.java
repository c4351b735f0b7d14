package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.port.WriteKind;
import dev.dealfocus.core.port.WriteResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends one run's writes in full batches of one kind each, across pages, so a run spends
 * {@code ceil(writes of a kind / batch size)} calls per kind. Every batch is marked as being sent
 * before it goes out and settled with the CRM's answers after (write-ahead); a field write that did
 * not go through corrects the memory to what the CRM shows. A batch refused for a passing reason is
 * retried next run; an exhausted daily quota or a configuration error stops the run, and what was
 * not sent is settled as failed.
 */
final class WriteApplier {
    /** What the run's writes came to. */
    record Outcome(int applied, int failed, Set<String> refusedDeals, String stoppedBy, boolean failedRun) {
    }

    private final CrmGateway crm;
    private final WriteIntents intents;
    private final DecisionStore store;
    private final RunJournal journal;
    private final Clock clock;
    private final RunContext run;
    private final Map<WriteKind, List<Intent>> queued = new EnumMap<>(WriteKind.class);
    private final Set<String> refusedDeals = new HashSet<>();
    private int applied;
    private int failed;
    private String stoppedBy;
    private boolean failedRun;

    WriteApplier(CrmGateway crm, WriteIntents intents, DecisionStore store, RunJournal journal, Clock clock,
                 RunContext run) {
        this.crm = crm;
        this.intents = intents;
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        this.run = run;
    }

    boolean stopped() {
        return stoppedBy != null;
    }

    /** Queues planned writes; every batch that fills up is sent at once. */
    void queue(List<Intent> planned) {
        int size = crm.capabilities().writeBatchSize();
        for (Intent intent : planned) {
            List<Intent> kind = queued.computeIfAbsent(intent.write().kind(), k -> new ArrayList<>());
            kind.add(intent);
            if (kind.size() >= size) {
                send(new ArrayList<>(kind));
                kind.clear();
            }
        }
    }

    /** Sends what is left, one batch per kind; after a stop, settles what was never sent as failed. */
    Outcome finish() {
        for (WriteKind kind : WriteKind.values()) {
            List<Intent> left = queued.getOrDefault(kind, List.of());
            if (!left.isEmpty()) {
                send(new ArrayList<>(left));
                left.clear();
            }
        }
        return new Outcome(applied, failed, refusedDeals, stoppedBy, failedRun);
    }

    private void send(List<Intent> batch) {
        List<WriteResult> results;
        if (stopped()) {
            results = batch.stream().map(i -> WriteResult.failed(i.key(), "not sent: " + stoppedBy, null)).toList();
        } else {
            intents.sending(batch.stream().map(Intent::key).toList());
            results = apply(batch);
        }
        settle(batch, results);
    }

    private List<WriteResult> apply(List<Intent> batch) {
        List<CrmWrite> writes = batch.stream().map(Intent::write).toList();
        try {
            return crm.apply(writes, run.calls());
        } catch (CrmException e) {
            if (e.kind() == CrmException.Kind.QUOTA_EXHAUSTED) {
                stoppedBy = e.getMessage() + " The run stopped; the next run resumes.";
            } else if (e.kind() == CrmException.Kind.FAIL_FAST) {
                stoppedBy = e.getMessage() + " The run stopped; fix the configuration.";
                failedRun = true;
            }
            return writes.stream().map(w -> WriteResult.failed(w.key(), e.getMessage(), e.retryAfter())).toList();
        }
    }

    private void settle(List<Intent> batch, List<WriteResult> results) {
        intents.settle(results);
        journal.recordResults(run.id(), results);
        Map<String, Intent> byKey = new HashMap<>();
        batch.forEach(i -> byKey.put(i.key(), i));
        Map<String, DecisionStore.Shown> notWritten = new LinkedHashMap<>();
        List<String> statusChanged = new ArrayList<>();
        for (WriteResult r : results) {
            Intent intent = byKey.get(r.key());
            applied += r.ok() ? 1 : 0;
            failed += r.ok() || r.outcome() == WriteResult.Outcome.UNKNOWN ? 0 : 1;
            if (r.outcome() == WriteResult.Outcome.REFUSED && !intent.dealId().equals(CrmWrite.NO_DEAL)) {
                refusedDeals.add(intent.dealId());
            }
            if (intent.write().kind() != WriteKind.FIELDS) {
                continue;
            }
            if (r.ok() && intent.setsStatus() != null && intent.setsStatus() != intent.statusBefore()) {
                statusChanged.add(intent.dealId());
            } else if (r.outcome() == WriteResult.Outcome.FAILED || r.outcome() == WriteResult.Outcome.REFUSED) {
                notWritten.put(intent.dealId(), new DecisionStore.Shown(intent.statusBefore(), intent.stageBefore()));
            }
        }
        store.notWritten(notWritten);
        if (!statusChanged.isEmpty()) {
            journal.recordStatusChanges(run.id(), run.request().confirm(), statusChanged, clock.instant());
        }
    }

    /** A field write's status, as the intent records it. */
    static Status statusOf(CrmWrite write) {
        if (write instanceof CrmWrite.FieldUpdate f && f.fields().containsKey(dev.dealfocus.core.deal.DealField.STATUS)) {
            String value = f.fields().get(dev.dealfocus.core.deal.DealField.STATUS);
            return value.isEmpty() ? null : Status.valueOf(value);
        }
        return null;
    }
}
