package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.Intent;
import java.time.LocalDate;
import java.util.List;

/**
 * Tasks on no deal that a run writes after the deals' writes: the weekly review (one per owner and week),
 * the quarterly time-eater list (one per team lead and quarter). Each is keyed by its person and period, so
 * a source answers only those not applied or being sent yet; the run plans and sends them like any write.
 */
public interface OwnerTaskSource {
    /**
     * @param today    the run's day in the configured zone
     * @param trigger  what started the run
     * @param eventRun a run that reads a few deals by id or none (change events, the customers' own schedule)
     * @param confirmed an operator confirmed the run over a safety cap
     * @param runId    the run the intents belong to
     * @param calls    the run's CRM calls, to which any read the source makes is added
     */
    List<Intent> owed(LocalDate today, dev.dealfocus.core.port.Trigger trigger, boolean eventRun, boolean confirmed, String runId, dev.dealfocus.core.port.ApiCalls calls);
}
