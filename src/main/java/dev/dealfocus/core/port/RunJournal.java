package dev.dealfocus.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs and the journal of every decision, every write and every write's result. */
public interface RunJournal {

    void begin(RunSummary started);

    void record(List<JournalEntry> entries);

    /** Results of one run's writes, as the CRM answered them. */
    void recordResults(String runId, List<WriteResult> results);

    void finish(RunSummary finished);

    /**
     * Runs a stopped service left RUNNING become INTERRUPTED with this message; returns their ids.
     *
     * @param live a run this service already began (a scheduler may fire before the start check), or null
     */
    List<String> interruptRunning(String message, String live);

    /** Status changes the CRM took, for the safety cap's rolling day. */
    void recordStatusChanges(String runId, boolean confirmed, Collection<String> dealIds, Instant at);

    /**
     * Deals whose status unconfirmed runs changed since {@code since} and after the last run an operator
     * confirmed: the changes the safety cap adds up.
     */
    Set<String> statusChangesSince(Instant since);

    /** The newest run that applied its plan (only complete full scans if asked), if any. */
    Optional<RunSummary> lastApplied(boolean fullOnly);

    /** The newest runs first. */
    List<RunSummary> recent(int limit);

    Optional<RunSummary> find(String runId);

    /** A run's journal in the order written, each entry with the results of its writes in that run. */
    List<JournalEntry> entries(String runId);

    /** A write of the run that belongs to no deal (a weekly review task) and what the CRM answered. */
    record NoDealWrite(CrmWrite write, WriteResult result) {
    }

    /** The run's writes that belong to no deal, in the order they were answered. */
    List<NoDealWrite> noDealWrites(String runId);
}
