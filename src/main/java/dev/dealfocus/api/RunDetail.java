package dev.dealfocus.api;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Reason;
import java.util.List;

/**
 * One run: its summary, every change it planned or applied, and the deals it left alone.
 *
 * @param journalEntries every journal line of the run, changed or not
 * @param tasksOnNoDeal  the weekly review tasks the run sent, with their results
 */
public record RunDetail(RunView summary, int journalEntries, List<Change> changes, List<LeftAloneDeal> leftAlone,
                        List<WriteView> tasksOnNoDeal) {

    /**
     * A deal the run planned writes for: before -> after, reasons, each write with its result.
     *
     * @param detail tasks not created for want of an owner, or what the CRM refuses; {@code null} if nothing
     */
    public record Change(String dealId, String dealName, Status before, Status after, Integer score, List<Reason> reasons,
                         List<WriteView> writes, String detail) {
    }

    /** A deal that was not assessed, and why; {@code detail} says more (the CRM's words, a merge's survivor). */
    public record LeftAloneDeal(String dealId, String dealName, String reason, String detail) {
    }
}
