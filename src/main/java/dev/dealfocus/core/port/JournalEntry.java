package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Reason;
import java.util.List;

/**
 * One line of the journal: a decision on a deal (before -> after, reasons, input hash, rule-set
 * version, planned writes and their results in this run) or a deal left alone and why.
 *
 * @param leftAlone why the deal was not assessed, or {@code null}
 * @param detail    more about it: the CRM's words for a record that could not be read, a merge's
 *                  surviving deal, tasks that went unassigned; or {@code null}
 * @param pipeline  the deal's pipeline as this run read it, or {@code null} (left alone, written before V5)
 * @param stage     the deal's stage as this run read it, or {@code null}
 * @param won       for a deal closed in the CRM, whether it was won; else {@code null}
 */
public record JournalEntry(String runId, String dealId, String dealName, Status before, Status after, Integer score,
                           List<Reason> reasons, String inputHash, String ruleSetVersion, List<CrmWrite> planned,
                           List<WriteResult> results, String leftAlone, String detail,
                           String pipeline, String stage, Boolean won) {
    public JournalEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        planned = planned == null ? List.of() : List.copyOf(planned);
        results = results == null ? List.of() : List.copyOf(results);
    }
}
