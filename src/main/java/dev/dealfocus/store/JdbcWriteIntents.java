package dev.dealfocus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.port.WriteResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link WriteIntents} in {@code df_intent}. The primary key is the write's idempotency key: a write
 * is claimed by updating its row only where no one holds it, or by inserting it, so two actors never
 * both send one.
 */
public final class JdbcWriteIntents implements WriteIntents {
    private static final String COLUMNS = "idem_key, write_json, decision_key, for_status, sets_status, status_before,"
            + " stage_before, state, attempts, last_error, run_id, updated_at";
    private static final int MAX_ERROR = 2000;

    private final Jdbc jdbc;
    private final Json json;
    private final Clock clock;

    public JdbcWriteIntents(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new Json(mapper);
        this.clock = clock;
    }

    @Override
    public Set<String> plan(List<Intent> intents) {
        if (intents.isEmpty()) {
            return Set.of();
        }
        return jdbc.inTransaction(c -> {
            Set<String> held = new HashSet<>();
            try (PreparedStatement update = c.prepareStatement("UPDATE df_intent SET deal_id = ?, kind = ?, write_json = ?,"
                    + " decision_key = ?, for_status = ?, sets_status = ?, status_before = ?, stage_before = ?,"
                    + " state = 'PLANNED', run_id = ?, updated_at = ? WHERE idem_key = ?"
                    + " AND state NOT IN ('PLANNED', 'SENDING') AND (state <> 'APPLIED' OR kind NOT IN ('NOTE', 'TASK', 'OWNER_TASK', 'CUSTOMER_NOTE', 'CUSTOMER_TASK'))");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO df_intent (deal_id, kind, write_json,"
                         + " decision_key, for_status, sets_status, status_before, stage_before, run_id, updated_at,"
                         + " idem_key, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', 0)")) {
                Set<String> existing = new HashSet<>(keysIn(c, intents.stream().map(Intent::key).toList()));
                for (Intent i : intents) {
                    Object[] values = {i.dealId(), i.write().kind(), json.write(WriteCodec.encode(i.write())),
                        i.decisionKey(), i.forStatus(), i.setsStatus(), i.statusBefore(), i.stageBefore(), i.runId(),
                        clock.instant(), i.key()};
                    if (existing.contains(i.key())) {
                        Jdbc.bind(update, values);
                        if (update.executeUpdate() == 1) {
                            held.add(i.key());
                        }
                    } else if (insertUnlessTaken(c, insert, values)) {
                        held.add(i.key());
                    }
                }
            }
            return held;
        });
    }

    /** Inserts a new intent; another actor that stored the same key a moment earlier keeps it. */
    private static boolean insertUnlessTaken(java.sql.Connection c, PreparedStatement insert, Object[] values)
            throws SQLException {
        java.sql.Savepoint before = c.setSavepoint();
        try {
            Jdbc.bind(insert, values);
            insert.executeUpdate();
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before); // a unique-key violation: the write is someone else's now
            return false;
        }
    }

    private static List<String> keysIn(java.sql.Connection c, List<String> keys) throws SQLException {
        List<String> out = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(keys, Jdbc.CHUNK)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT idem_key FROM df_intent WHERE idem_key IN ("
                    + Jdbc.marks(chunk.size()) + ")")) {
                Jdbc.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void sending(Collection<String> keys) {
        updateNow("UPDATE df_intent SET state = 'SENDING', attempts = attempts + 1, updated_at = ? WHERE", keys);
    }

    /** Runs an update that sets {@code updated_at} to now, for these keys, in chunks. */
    private void updateNow(String sqlUpToKeys, Collection<String> keys) {
        for (List<String> chunk : Jdbc.chunks(keys, Jdbc.CHUNK)) {
            List<Object> params = new ArrayList<>();
            params.add(clock.instant());
            params.addAll(chunk);
            jdbc.update(sqlUpToKeys + " idem_key IN (" + Jdbc.marks(chunk.size()) + ")", params.toArray());
        }
    }

    @Override
    public void settle(List<WriteResult> results) {
        List<WriteResult> known = results.stream().filter(r -> r.outcome() != WriteResult.Outcome.UNKNOWN).toList();
        if (known.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE df_intent SET state = ?, crm_id = COALESCE(?, crm_id),"
                    + " last_error = ?, updated_at = ? WHERE idem_key = ?")) {
                for (WriteResult r : known) {
                    Jdbc.bind(ps, r.outcome().name(), r.crmId(), clip(r.error()), clock.instant(), r.key());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public Map<String, Intent.State> states(Collection<String> keys) {
        Map<String, Intent.State> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(keys, Jdbc.CHUNK)) {
            jdbc.query("SELECT idem_key, state FROM df_intent WHERE idem_key IN (" + Jdbc.marks(chunk.size()) + ")",
                    rs -> out.put(rs.getString(1), Intent.State.valueOf(rs.getString(2))), chunk.toArray());
        }
        return out;
    }

    @Override
    public List<Intent> unsettled(Collection<String> dealIds) {
        List<Intent> out = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(dealIds, Jdbc.CHUNK)) {
            out.addAll(jdbc.query("SELECT " + COLUMNS + " FROM df_intent WHERE state IN ('FAILED', 'REFUSED') AND deal_id IN ("
                    + Jdbc.marks(chunk.size()) + ") ORDER BY updated_at", this::intent, chunk.toArray()));
        }
        return out;
    }

    @Override
    public List<Intent> orphans() {
        return jdbc.query("SELECT " + COLUMNS + " FROM df_intent i WHERE state IN ('PLANNED', 'SENDING')"
                + " AND NOT EXISTS (SELECT 1 FROM df_run r WHERE r.id = i.run_id AND r.outcome = 'RUNNING')", this::intent);
    }

    @Override
    public void resolve(Map<String, String> appliedWithCrmId, Collection<String> failed, Collection<String> abandoned,
                        String why) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE df_intent SET state = ?, crm_id = COALESCE(?, crm_id),"
                    + " last_error = ?, updated_at = ? WHERE idem_key = ?")) {
                for (Map.Entry<String, String> e : appliedWithCrmId.entrySet()) {
                    Jdbc.bind(ps, "APPLIED", e.getValue(), null, clock.instant(), e.getKey());
                    ps.addBatch();
                }
                for (String key : failed) {
                    Jdbc.bind(ps, "FAILED", null, "not applied: " + why, clock.instant(), key);
                    ps.addBatch();
                }
                for (String key : abandoned) {
                    Jdbc.bind(ps, "ABANDONED", null, why, clock.instant(), key);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public void abandon(Collection<String> keys) {
        updateNow("UPDATE df_intent SET state = 'ABANDONED', updated_at = ? WHERE state IN ('FAILED', 'REFUSED') AND", keys);
    }

    private Intent intent(ResultSet rs) throws SQLException {
        return new Intent(WriteCodec.decode(json.read(rs.getString("write_json"), WriteCodec.MAP)),
                rs.getString("decision_key"), status(rs.getString("for_status")), status(rs.getString("sets_status")),
                status(rs.getString("status_before")), rs.getString("stage_before"),
                Intent.State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getString("run_id"), Jdbc.instant(rs, "updated_at"));
    }

    private static Status status(String value) {
        return value == null ? null : Status.valueOf(value);
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
