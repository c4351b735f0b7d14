package dev.dealfocus.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.WriteResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** {@link RunJournal} on the embedded database or PostgreSQL. */
public final class JdbcRunJournal implements RunJournal {
    private static final String RUN_COLUMNS = "id, trigger_kind, outcome, dry_run, confirmed, full_scan, crm, started_at,"
            + " finished_at, deals_read, left_alone, skipped, assessed, insufficient, status_changes, writes, applied,"
            + " failed, failing, api_calls, api_retries, api_rate_limited, by_status, rule_set_version, read_cursor, message";
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_TEXT = 2000;

    private final Jdbc jdbc;
    private final Json json;
    private final Clock clock;

    public JdbcRunJournal(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new Json(mapper);
        this.clock = clock;
    }

    @Override
    public void begin(RunSummary s) {
        jdbc.update("INSERT INTO df_run (" + RUN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.trigger(), s.outcome(), s.dryRun(), s.confirmed(), s.full(), s.crm(),
                s.startedAt(), s.finishedAt(), s.read(), s.leftAlone(), s.skipped(), s.assessed(), s.insufficientData(),
                s.statusChanges(), s.writes(), s.applied(), s.failed(), s.failing(), s.apiCalls(),
                s.apiRetries(), s.rateLimited(), json.write(s.byStatus()), s.ruleSetVersion(), s.readCursor(), clip(s.message(), MAX_MESSAGE));
    }

    @Override
    public void record(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO df_journal (run_id, deal_id, deal_name,"
                    + " status_before, status_after, score, reasons, input_hash, rule_set_version, planned, results,"
                    + " left_alone, detail, pipeline, stage, won, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?)")) {
                for (JournalEntry e : entries) {
                    Jdbc.bind(ps, e.runId(), e.dealId(), e.dealName(), e.before(), e.after(), e.score(),
                            json.write(ReasonCodec.encode(e.reasons())), e.inputHash(), e.ruleSetVersion(),
                            json.write(WriteCodec.encode(e.planned())), e.leftAlone(), clip(e.detail(), MAX_TEXT), clip(e.pipeline(), 128),
                            clip(e.stage(), 128), e.won(), clock.instant());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public void recordResults(String runId, List<WriteResult> results) {
        if (results.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO df_write_result (run_id, idem_key, outcome, crm_id,"
                    + " error, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (WriteResult r : results) {
                    Jdbc.bind(ps, runId, r.key(), r.outcome(), r.crmId(), clip(r.error(), MAX_TEXT), clock.instant());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public void finish(RunSummary s) {
        jdbc.update("UPDATE df_run SET outcome = ?, finished_at = ?, deals_read = ?, left_alone = ?, skipped = ?,"
                        + " assessed = ?, insufficient = ?, status_changes = ?, writes = ?, applied = ?, failed = ?,"
                        + " failing = ?, api_calls = ?, api_retries = ?, api_rate_limited = ?, by_status = ?, read_cursor = ?, message = ?, full_scan = ?"
                        + " WHERE id = ?", s.outcome(), s.finishedAt(), s.read(), s.leftAlone(), s.skipped(), s.assessed(),
                s.insufficientData(), s.statusChanges(), s.writes(), s.applied(), s.failed(), s.failing(), s.apiCalls(),
                s.apiRetries(), s.rateLimited(), json.write(s.byStatus()), s.readCursor(), clip(s.message(), MAX_MESSAGE), s.full(), s.id());
    }

    @Override
    public List<String> interruptRunning(String message, String live) {
        List<String> ids = jdbc.query("SELECT id FROM df_run WHERE outcome = 'RUNNING'", rs -> rs.getString(1)).stream()
                .filter(id -> !id.equals(live)).toList();
        for (String id : ids) {
            // by id: a run this service begins meanwhile stays RUNNING
            jdbc.update("UPDATE df_run SET outcome = 'INTERRUPTED', finished_at = ?, message = ? WHERE id = ? AND outcome = 'RUNNING'",
                    clock.instant(), message, id);
        }
        return ids;
    }

    @Override
    public void recordStatusChanges(String runId, boolean confirmed, Collection<String> dealIds, Instant at) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO df_status_change (deal_id, run_id, confirmed, changed_at) VALUES (?, ?, ?, ?)")) {
                for (String dealId : dealIds) {
                    Jdbc.bind(ps, dealId, runId, confirmed, at);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public Set<String> statusChangesSince(Instant since) {
        return new HashSet<>(jdbc.query("SELECT DISTINCT deal_id FROM df_status_change WHERE confirmed = FALSE"
                + " AND changed_at > ? AND changed_at > COALESCE((SELECT MAX(started_at) FROM df_run WHERE confirmed = TRUE"
                + " AND outcome IN ('APPLIED', 'STOPPED', 'FAILED', 'INTERRUPTED')), ?)", rs -> rs.getString(1), since, since));
    }

    @Override
    public Optional<RunSummary> lastApplied(boolean fullOnly) {
        // runs of change events read a few deals by id: they neither scan nor move the read cursor
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM df_run WHERE outcome = 'APPLIED' AND trigger_kind NOT IN ('WEBHOOK', 'CUSTOMERS')"
                + (fullOnly ? " AND full_scan = TRUE" : "") + " ORDER BY started_at DESC FETCH FIRST 1 ROWS ONLY", this::run)
                .stream().findFirst();
    }

    @Override
    public List<RunSummary> recent(int limit) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM df_run ORDER BY started_at DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", this::run);
    }

    @Override
    public Optional<RunSummary> find(String runId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM df_run WHERE id = ?", this::run, runId).stream().findFirst();
    }

    @Override
    public List<JournalEntry> entries(String runId) {
        Map<String, WriteResult> results = new HashMap<>();
        jdbc.query("SELECT idem_key, outcome, crm_id, error FROM df_write_result WHERE run_id = ? ORDER BY id", rs ->
                results.put(rs.getString(1), new WriteResult(rs.getString(1), WriteResult.Outcome.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), null)), runId);
        return jdbc.query("SELECT run_id, deal_id, deal_name, status_before, status_after, score, reasons, input_hash,"
                + " rule_set_version, planned, left_alone, detail, pipeline, stage, won FROM df_journal WHERE run_id = ? ORDER BY id", rs -> {
                    var planned = json.read(rs.getString(10), WriteCodec.LIST).stream().map(WriteCodec::decode).toList();
                    List<WriteResult> outcome = new ArrayList<>();
                    planned.forEach(w -> Optional.ofNullable(results.get(w.key())).ifPresent(outcome::add));
                    return new JournalEntry(rs.getString(1), rs.getString(2), rs.getString(3), status(rs.getString(4)),
                            status(rs.getString(5)), (Integer) rs.getObject(6),
                            ReasonCodec.decode(json.read(rs.getString(7), WriteCodec.LIST)), rs.getString(8),
                            rs.getString(9), planned, outcome, rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                            (Boolean) rs.getObject(15));
                }, runId);
    }

    @Override
    public List<RunJournal.NoDealWrite> noDealWrites(String runId) {
        // such writes have no journal line of a deal; their content is the intent's, their result the run's
        return jdbc.query("SELECT i.write_json, r.idem_key, r.outcome, r.crm_id, r.error FROM df_write_result r"
                + " JOIN df_intent i ON i.idem_key = r.idem_key WHERE r.run_id = ? AND i.deal_id = '' ORDER BY r.id",
                rs -> new RunJournal.NoDealWrite(WriteCodec.decode(json.read(rs.getString(1), WriteCodec.MAP)),
                        new WriteResult(rs.getString(2), WriteResult.Outcome.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getString(5), null)), runId);
    }

    private RunSummary run(ResultSet rs) throws SQLException {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        json.read(rs.getString("by_status"), new TypeReference<Map<String, Integer>>() {
        }).forEach((k, v) -> byStatus.put(Status.valueOf(k), v));
        return new RunSummary(rs.getString("id"), Trigger.valueOf(rs.getString("trigger_kind")),
                RunOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("dry_run"), rs.getBoolean("confirmed"),
                rs.getBoolean("full_scan"), rs.getString("crm"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "finished_at"), rs.getInt("deals_read"), rs.getInt("left_alone"), rs.getInt("skipped"),
                rs.getInt("assessed"), rs.getInt("insufficient"), rs.getInt("status_changes"), rs.getInt("writes"),
                rs.getInt("applied"), rs.getInt("failed"), rs.getInt("failing"), rs.getLong("api_calls"),
                rs.getLong("api_retries"), rs.getLong("api_rate_limited"), byStatus,
                rs.getString("rule_set_version"), Jdbc.instant(rs, "read_cursor"), rs.getString("message"));
    }

    private static Status status(String value) {
        return value == null ? null : Status.valueOf(value);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
