package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WriteIntents;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Before a run plans anything, settles the writes an interrupted run left planned or being sent
 * (issue 7, item 2): a note or task whose create may have reached the CRM is looked up by its key, a
 * field write is compared with what the CRM shows. What went through counts as applied, never as a
 * person's edit; what did not is owed again (notes, tasks) or planned afresh (fields), and the memory
 * is corrected to what the CRM shows.
 */
final class IntentRecovery {
    private static final String WHY = "the run that sent it was interrupted";

    private final CrmGateway crm;
    private final WriteIntents intents;
    private final DecisionStore store;
    private final RunJournal journal;
    private final Clock clock;

    IntentRecovery(CrmGateway crm, WriteIntents intents, DecisionStore store, RunJournal journal, Clock clock) {
        this.crm = crm;
        this.intents = intents;
        this.store = store;
        this.journal = journal;
        this.clock = clock;
    }

    /** Returns how many orphaned writes were settled. */
    int resolve(RunContext run) {
        List<Intent> orphans = intents.orphans();
        if (orphans.isEmpty()) {
            return 0;
        }
        Map<String, String> applied = new HashMap<>();
        List<String> failed = new ArrayList<>();
        List<String> abandoned = new ArrayList<>();
        Map<String, DecisionStore.Shown> notWritten = new HashMap<>();
        List<Intent> sentCreates = orphans.stream()
                .filter(i -> i.write().kind().creates() && i.state() == Intent.State.SENDING).toList();
        Map<String, String> found = findCreated(sentCreates, run);
        Map<String, DealSnapshot> shown = readShown(orphans, run);
        List<String> statusChanged = new ArrayList<>();
        for (Intent i : orphans) {
            if (i.write().kind().creates()) {
                if (found.containsKey(i.key())) {
                    applied.put(i.key(), found.get(i.key()));
                } else if (mayStillAppear(i)) {
                    continue; // left as it is: looked up again by the next run
                } else {
                    failed.add(i.key()); // never reached the CRM: owed while its decision stands
                }
            } else if (i.write() instanceof CrmWrite.FieldUpdate f && i.state() == Intent.State.SENDING
                    && matches(f, shown.get(i.dealId()))) {
                applied.put(i.key(), null);
                if (i.setsStatus() != null && i.setsStatus() != i.statusBefore()) {
                    statusChanged.add(i.dealId());
                }
            } else {
                abandoned.add(i.key());
                if (i.write() instanceof CrmWrite.FieldUpdate) {
                    notWritten.put(i.dealId(), new DecisionStore.Shown(i.statusBefore(), i.stageBefore()));
                }
            }
        }
        intents.resolve(applied, failed, abandoned, WHY);
        store.notWritten(notWritten);
        if (!statusChanged.isEmpty()) {
            journal.recordStatusChanges(run.id(), false, statusChanged, clock.instant());
        }
        return orphans.size();
    }

    /**
     * A task on no deal is found by a search, whose index lags behind a create ({@link CrmGateway#searchLag()}):
     * one sent more recently than that may exist and not be found yet, so it is neither sent again nor
     * given up until the lag has passed.
     */
    private boolean mayStillAppear(Intent i) {
        return i.write().kind() == dev.dealfocus.core.port.WriteKind.OWNER_TASK && i.state() == Intent.State.SENDING
                && i.since() != null && i.since().plus(crm.searchLag()).isAfter(clock.instant());
    }

    private Map<String, String> findCreated(List<Intent> creates, RunContext run) {
        Map<String, String> found = new HashMap<>();
        int batch = crm.capabilities().readBatchSize();
        for (int i = 0; i < creates.size(); i += batch) {
            found.putAll(crm.findCreated(creates.subList(i, Math.min(creates.size(), i + batch)).stream()
                    .map(Intent::write).toList(), run.calls()));
        }
        return found;
    }

    /** The deals whose field writes were being sent, as the CRM shows them now. */
    private Map<String, DealSnapshot> readShown(List<Intent> orphans, RunContext run) {
        List<String> ids = orphans.stream().filter(i -> i.write().kind() == dev.dealfocus.core.port.WriteKind.FIELDS
                && i.state() == Intent.State.SENDING).map(Intent::dealId).distinct().toList();
        Map<String, DealSnapshot> deals = new HashMap<>();
        int batch = crm.capabilities().readBatchSize();
        for (int i = 0; i < ids.size(); i += batch) {
            crm.readDealsById(run.spec(), ids.subList(i, Math.min(ids.size(), i + batch)), run.calls()).deals()
                    .forEach(d -> deals.put(d.id(), d));
        }
        return deals;
    }

    /** Whether the CRM shows every value of a field write: then it went through. */
    static boolean matches(CrmWrite.FieldUpdate write, DealSnapshot deal) {
        if (deal == null || write.stage() != null && !write.stage().equals(deal.stage())) {
            return false;
        }
        DealFocusFields shown = deal.dealFocus();
        for (Map.Entry<DealField, String> e : write.fields().entrySet()) {
            if (!shown.shows(e.getKey(), e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
