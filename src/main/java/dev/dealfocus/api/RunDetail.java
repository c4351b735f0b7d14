package dev.dealfocus.api;

import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.core.sync.RunSummary;
import java.util.List;
import java.util.Map;

/**
 * One run: its summary, every change it planned or applied, and the deals it left alone.
 *
 * @param journalEntries every journal line of the run, changed or not
 */
public record RunDetail(RunSummary summary, int journalEntries, List<Change> changes, List<LeftAloneDeal> leftAlone) {

    /** A deal the run planned writes for: before -> after, reasons, each write with its result. */
    public record Change(String dealId, String dealName, Status before, Status after, Integer score, List<Reason> reasons,
                         List<Map<String, Object>> writes) {
    }

    /** A deal that was not assessed, and why. */
    public record LeftAloneDeal(String dealId, String dealName, String reason) {
    }

    /** A planned write and, once applied, what the CRM answered. */
    static Map<String, Object> write(Map<String, Object> planned, WriteResult result) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(planned);
        out.put("result", result == null ? "not applied" : result.ok() ? "applied" : "failed");
        if (result != null && result.crmId() != null) {
            out.put("crmId", result.crmId());
        }
        if (result != null && result.error() != null) {
            out.put("error", result.error());
        }
        return out;
    }
}
