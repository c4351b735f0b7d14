package dev.dealfocus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.WriteResult;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** {@link DecisionStore} on the embedded database or PostgreSQL; the same SQL for both. */
public final class JdbcDecisionStore implements DecisionStore {
    /** Keeps IN lists well below every database's parameter limit. */
    private static final int CHUNK = 500;

    private final Jdbc jdbc;
    private final Json json;
    private final Clock clock;

    public JdbcDecisionStore(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new Json(json);
        this.clock = clock;
    }

    @Override
    public Map<String, PreviousDecision> previous(Collection<String> dealIds) {
        Map<String, PreviousDecision> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(dealIds, CHUNK)) {
            jdbc.query("SELECT deal_id, remembered FROM df_latest WHERE deal_id IN (" + Jdbc.marks(chunk.size()) + ")",
                    rs -> out.put(rs.getString(1), json.read(rs.getString(2), PreviousDecision.class)), chunk.toArray());
        }
        return out;
    }

    @Override
    public List<ValueSample> valueSamples() {
        return jdbc.query("SELECT deal_id, team_key, currency, value_per_hour, status_before_value FROM df_latest"
                        + " WHERE value_per_hour IS NOT NULL AND status_before_value IS NOT NULL",
                rs -> new ValueSample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        Status.valueOf(rs.getString(5))));
    }

    @Override
    public void saveLatest(List<Latest> latest) {
        if (latest.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM df_latest WHERE deal_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO df_latest (deal_id, deal_name, owner_id,"
                         + " team_key, status, score, currency, value_per_hour, status_before_value, expires_on,"
                         + " reengage_on, retry, remembered, assessment, updated_at)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Latest l : latest) {
                    Assessment a = l.assessment();
                    delete.setString(1, a.dealId());
                    delete.addBatch();
                    Jdbc.bind(insert, a.dealId(), l.dealName(), l.ownerId(), a.teamKey(), a.status(), a.score(),
                            a.value() == null ? null : a.value().currency(), a.value() == null ? null : a.value().perHour(),
                            a.statusBeforeValueRule(), a.expiry().expiresOn(), a.reengageOn(), l.retry(),
                            json.write(l.remembered()), json.write(a), clock.instant());
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Assessment> latest(String dealId) {
        return jdbc.query("SELECT assessment FROM df_latest WHERE deal_id = ?",
                rs -> json.read(rs.getString(1), Assessment.class), dealId).stream().findFirst();
    }

    @Override
    public List<String> dueForReassessment(LocalDate since, LocalDate today) {
        // A deal expires the day after its expiry date, and closes the day after its re-engagement date.
        return jdbc.query("SELECT deal_id FROM df_latest WHERE retry = TRUE"
                        + " OR (expires_on >= ? AND expires_on < ?) OR (reengage_on >= ? AND reengage_on < ?)",
                rs -> rs.getString(1), since, today, since, today);
    }

    @Override
    public Set<String> writtenKeys(Collection<String> keys) {
        Set<String> out = new HashSet<>();
        for (List<String> chunk : Jdbc.chunks(keys, CHUNK)) {
            out.addAll(jdbc.query("SELECT idem_key FROM df_written WHERE idem_key IN (" + Jdbc.marks(chunk.size()) + ")",
                    rs -> rs.getString(1), chunk.toArray()));
        }
        return out;
    }

    @Override
    public List<PendingWrite> pendingWrites(Collection<String> dealIds) {
        List<PendingWrite> out = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(dealIds, CHUNK)) {
            out.addAll(jdbc.query("SELECT write_json, for_status, attempts, last_error FROM df_pending WHERE deal_id IN ("
                    + Jdbc.marks(chunk.size()) + ") ORDER BY updated_at", rs -> new PendingWrite(
                    WriteCodec.decode(json.read(rs.getString(1), WriteCodec.MAP)),
                    rs.getString(2) == null ? null : Status.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4)),
                    chunk.toArray()));
        }
        return out;
    }

    @Override
    public void savePending(Collection<PendingWrite> pending) {
        if (pending.isEmpty()) {
            return;
        }
        clearPending(pending.stream().map(p -> p.write().key()).toList());
        jdbc.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO df_pending (idem_key, deal_id, for_status,"
                    + " write_json, attempts, last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (PendingWrite p : pending) {
                    String error = p.lastError() == null ? null : p.lastError().substring(0, Math.min(2000, p.lastError().length()));
                    Jdbc.bind(insert, p.write().key(), p.write().dealId(), p.forStatus(),
                            json.write(WriteCodec.encode(p.write())), p.attempts(), error, clock.instant());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @Override
    public void clearPending(Collection<String> keys) {
        for (List<String> chunk : Jdbc.chunks(keys, CHUNK)) {
            jdbc.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM df_pending WHERE idem_key IN ("
                        + Jdbc.marks(chunk.size()) + ")")) {
                    Jdbc.bind(ps, chunk.toArray());
                    return ps.executeUpdate();
                }
            });
        }
    }

    @Override
    public void markWritten(Collection<WriteResult> written) {
        if (written.isEmpty()) {
            return;
        }
        Set<String> known = writtenKeys(written.stream().map(WriteResult::key).toList());
        jdbc.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO df_written (idem_key, crm_id, written_at) VALUES (?, ?, ?)")) {
                Set<String> seen = new HashSet<>(known);
                for (WriteResult r : written) {
                    if (seen.add(r.key())) {
                        Jdbc.bind(insert, r.key(), r.crmId(), clock.instant());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
