package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.util.List;

/**
 * One line of the journal: a decision on a deal (before -> after, reasons, input hash, rule-set
 * version, planned writes and their results) or a deal left alone and why.
 *
 * @param leftAlone why the deal was not assessed, or {@code null}
 */
public record JournalEntry(String runId, String dealId, String dealName, Status before, Status after, Integer score,
                           List<Reason> reasons, String inputHash, String ruleSetVersion, List<CrmWrite> planned,
                           List<WriteResult> results, String leftAlone) {
    public JournalEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        planned = planned == null ? List.of() : List.copyOf(planned);
        results = results == null ? List.of() : List.copyOf(results);
    }
}
