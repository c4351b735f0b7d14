package dev.dealfocus.core.port;

import dev.dealfocus.core.sync.JournalEntry;
import dev.dealfocus.core.sync.RunSummary;
import java.util.List;
import java.util.Optional;

/** Runs and the journal of every decision and write. */
public interface RunJournal {

    void begin(RunSummary started);

    void record(List<JournalEntry> entries);

    void finish(RunSummary finished);

    /** The newest run that applied its plan (only full scans if asked), if any. */
    Optional<RunSummary> lastApplied(boolean fullOnly);

    /** The newest runs first. */
    List<RunSummary> recent(int limit);

    Optional<RunSummary> find(String runId);

    /** A run's journal in the order written. */
    List<JournalEntry> entries(String runId);
}
