package dev.dealfocus.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.core.sync.JournalEntry;
import dev.dealfocus.core.sync.RunOutcome;
import dev.dealfocus.core.sync.RunSummary;
import dev.dealfocus.core.sync.Trigger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link RunJournal} on the embedded database or PostgreSQL. */
public final class JdbcRunJournal implements RunJournal {
    private static final String RUN_COLUMNS = "id, trigger_kind, outcome, dry_run, confirmed, full_scan, crm, started_at,"
            + " finished_at, deals_read, left_alone, assessed, insufficient, status_changes, writes, applied, failed,"
            + " api_calls, by_status, rule_set_version, message";
    private static final TypeReference<List<Map<String, Object>>> WRITES = new TypeReference<>() {
    };
    private static final TypeReference<List<WriteResult>> RESULTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
    };

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
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO df_run (" + RUN_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Jdbc.bind(ps, s.id(), s.trigger(), s.outcome(), s.dryRun(), s.confirmed(), s.full(), s.crm(), s.startedAt(),
                        s.finishedAt(), s.read(), s.leftAlone(), s.assessed(), s.insufficientData(), s.statusChanges(),
                        s.writes(), s.applied(), s.failed(), s.apiCalls(), json.write(s.byStatus()), s.ruleSetVersion(),
                        s.message());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void record(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO df_journal (run_id, deal_id, deal_name,"
                    + " status_before, status_after, score, reasons, input_hash, rule_set_version, planned, results,"
                    + " left_alone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (JournalEntry e : entries) {
                    Jdbc.bind(ps, e.runId(), e.dealId(), e.dealName(), e.before(), e.after(), e.score(),
                            json.write(e.reasons()), e.inputHash(), e.ruleSetVersion(),
                            json.write(WriteCodec.encode(e.planned())), json.write(e.results()), e.leftAlone(),
                            clock.instant());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public void finish(RunSummary s) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE df_run SET outcome = ?, finished_at = ?, deals_read = ?,"
                    + " left_alone = ?, assessed = ?, insufficient = ?, status_changes = ?, writes = ?, applied = ?,"
                    + " failed = ?, api_calls = ?, by_status = ?, message = ?, full_scan = ? WHERE id = ?")) {
                Jdbc.bind(ps, s.outcome(), s.finishedAt(), s.read(), s.leftAlone(), s.assessed(), s.insufficientData(),
                        s.statusChanges(), s.writes(), s.applied(), s.failed(), s.apiCalls(), json.write(s.byStatus()),
                        s.message(), s.full(), s.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<RunSummary> lastApplied(boolean fullOnly) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM df_run WHERE outcome = 'APPLIED'"
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
        return jdbc.query("SELECT run_id, deal_id, deal_name, status_before, status_after, score, reasons, input_hash,"
                + " rule_set_version, planned, results, left_alone FROM df_journal WHERE run_id = ? ORDER BY id", rs ->
                new JournalEntry(rs.getString(1), rs.getString(2), rs.getString(3), status(rs.getString(4)),
                        status(rs.getString(5)), (Integer) rs.getObject(6), json.read(rs.getString(7), REASONS),
                        rs.getString(8), rs.getString(9),
                        json.read(rs.getString(10), WRITES).stream().map(WriteCodec::decode).toList(),
                        json.read(rs.getString(11), RESULTS), rs.getString(12)), runId);
    }

    private RunSummary run(ResultSet rs) throws SQLException {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        json.read(rs.getString("by_status"), new TypeReference<Map<String, Integer>>() {
        }).forEach((k, v) -> byStatus.put(Status.valueOf(k), v));
        return new RunSummary(rs.getString("id"), Trigger.valueOf(rs.getString("trigger_kind")),
                RunOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("dry_run"), rs.getBoolean("confirmed"),
                rs.getBoolean("full_scan"), rs.getString("crm"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "finished_at"), rs.getInt("deals_read"), rs.getInt("left_alone"), rs.getInt("assessed"),
                rs.getInt("insufficient"), rs.getInt("status_changes"), rs.getInt("writes"), rs.getInt("applied"),
                rs.getInt("failed"), rs.getLong("api_calls"), byStatus, rs.getString("rule_set_version"),
                rs.getString("message"));
    }

    private static Status status(String value) {
        return value == null ? null : Status.valueOf(value);
    }
}
