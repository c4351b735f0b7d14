package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.port.WriteKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settles a page's planned writes against what was written before (issue 7, items 1 and 2): a note or
 * task already applied is never sent again; one that failed for a passing reason is sent again while
 * its decision stands; a write the CRM refused is not sent again in every run, only at full scans and
 * a few times (or when an operator confirms a run, after fixing what the CRM refused), and its deal
 * is reported as failing meanwhile.
 */
final class OwedWrites {
    /**
     * A deal's writes after settling.
     *
     * @param writes  what to send
     * @param refused the CRM's words for writes it refuses and that are not sent again now; empty if none
     */
    record DealWrites(List<CrmWrite> writes, List<String> refused) {
        boolean failing() {
            return !refused.isEmpty();
        }
    }

    /** A page's settled writes by deal, and the keys of writes no longer owed. */
    record Settled(Map<String, DealWrites> byDeal, List<String> abandoned) {
    }

    private final WriteIntents intents;
    private final int refusedAttempts;

    OwedWrites(WriteIntents intents, int refusedAttempts) {
        this.intents = intents;
        this.refusedAttempts = refusedAttempts;
    }

    /**
     * @param retryRefused a full scan or an operator's confirmed run: refused writes may be sent once more
     * @param confirmed    an operator confirmed the run: refused writes are sent however often they were
     */
    Settled settle(Map<String, Assessment> assessments, Map<String, List<CrmWrite>> planned, boolean retryRefused,
                   boolean confirmed) {
        Map<String, List<Intent>> unsettled = intents.unsettled(assessments.keySet()).stream()
                .collect(Collectors.groupingBy(Intent::dealId));
        Map<String, DealWrites> byDeal = new HashMap<>();
        List<String> abandoned = new ArrayList<>();
        for (Map.Entry<String, Assessment> e : assessments.entrySet()) {
            List<CrmWrite> writes = new ArrayList<>(planned.getOrDefault(e.getKey(), List.of()));
            List<String> refused = new ArrayList<>();
            for (Intent owed : unsettled.getOrDefault(e.getKey(), List.of())) {
                boolean planNow = writes.stream().anyMatch(w -> w.key().equals(owed.key()));
                if (!belongsTo(owed, e.getValue())) {
                    abandoned.add(owed.key()); // the decision moved on
                } else if (owed.state() == Intent.State.REFUSED
                        && !(confirmed || retryRefused && owed.attempts() < refusedAttempts)) {
                    refused.add(owed.lastError() == null ? "refused by the CRM" : owed.lastError());
                    writes.removeIf(w -> w.key().equals(owed.key()));
                } else if (owed.write().kind().creates() && !planNow) {
                    writes.add(owed.write()); // the note or task this decision still owes
                } else if (!owed.write().kind().creates() && !planNow) {
                    abandoned.add(owed.key()); // field values and task dates are planned afresh from the CRM
                }
            }
            byDeal.put(e.getKey(), new DealWrites(writes, refused));
        }
        dropApplied(byDeal);
        return new Settled(byDeal, abandoned);
    }

    /** Written before the status moved on, or kept from before decisions had names: then its status counts. */
    private static boolean belongsTo(Intent owed, Assessment a) {
        if (owed.decisionKey() == null) {
            return owed.forStatus() != null && owed.forStatus() == a.status();
        }
        return Objects.equals(owed.decisionKey(), a.decisionKey());
    }

    /** Notes and tasks the CRM already took are never sent again. */
    private void dropApplied(Map<String, DealWrites> byDeal) {
        Collection<String> creates = byDeal.values().stream().flatMap(d -> d.writes().stream())
                .filter(w -> w.kind().creates()).map(CrmWrite::key).toList();
        if (creates.isEmpty()) {
            return;
        }
        Map<String, Intent.State> states = intents.states(creates);
        Set<String> applied = states.entrySet().stream().filter(s -> s.getValue() == Intent.State.APPLIED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        byDeal.replaceAll((id, d) -> new DealWrites(d.writes().stream()
                .filter(w -> !(w.kind() == WriteKind.NOTE || w.kind() == WriteKind.TASK) || !applied.contains(w.key()))
                .toList(), d.refused()));
    }
}
