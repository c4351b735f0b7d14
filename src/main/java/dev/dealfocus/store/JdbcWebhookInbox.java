package dev.dealfocus.store;

import dev.dealfocus.core.port.WebhookInbox;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** The webhook inbox in {@code df_webhook_event}: one transaction per delivery, so a 2xx means stored. */
public final class JdbcWebhookInbox implements WebhookInbox {
    private final Jdbc jdbc;

    public JdbcWebhookInbox(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public int accept(List<Event> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return 0;
        }
        return jdbc.inTransaction(c -> {
            int stored = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO df_webhook_event (event_key, object_type, object_id,"
                    + " occurred_at, received_at, own_change, what) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Event e : events) {
                    Savepoint before = c.setSavepoint();
                    try {
                        Jdbc.bind(insert, e.key(), e.objectType(), e.objectId(), e.occurredAt(), receivedAt, e.own(),
                                e.what() == null ? null : e.what().substring(0, Math.min(200, e.what().length())));
                        insert.executeUpdate();
                        c.releaseSavepoint(before);
                        stored++;
                    } catch (SQLException ex) {
                        if (!"23505".equals(ex.getSQLState())) {
                            throw ex;
                        }
                        c.rollback(before); // delivered before: kept once
                    }
                }
            }
            return stored;
        });
    }

    @Override
    public List<Event> pending(int limit) {
        return jdbc.query("SELECT event_key, object_type, object_id, occurred_at, own_change, what FROM df_webhook_event"
                + " WHERE processed_at IS NULL ORDER BY received_at, occurred_at, event_key FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", rs -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "occurred_at"),
                rs.getBoolean(5), rs.getString(6)));
    }

    /**
     * One conditional UPDATE marks the events (concurrent claims wait on the rows and re-check the condition, so two
     * replicas never hold one event), then the worker's claim is read back.
     */
    @Override
    public List<Event> claim(int limit, String worker, Instant now, Instant until) {
        jdbc.update("UPDATE df_webhook_event SET claimed_by = ?, claimed_until = ? WHERE processed_at IS NULL"
                + " AND (claimed_until IS NULL OR claimed_until < ?) AND event_key IN (SELECT event_key FROM df_webhook_event"
                + " WHERE processed_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)"
                + " ORDER BY received_at, occurred_at, event_key FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY)",
                worker, until, now, now);
        return jdbc.query("SELECT event_key, object_type, object_id, occurred_at, own_change, what FROM df_webhook_event"
                + " WHERE processed_at IS NULL AND claimed_by = ? AND claimed_until = ? ORDER BY received_at, occurred_at, event_key",
                rs -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "occurred_at"),
                        rs.getBoolean(5), rs.getString(6)), worker, until);
    }

    @Override
    public void release(Collection<String> keys, String worker) {
        for (List<String> chunk : Jdbc.chunks(keys, Jdbc.CHUNK)) {
            Object[] params = new Object[chunk.size() + 1];
            params[0] = worker;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            jdbc.update("UPDATE df_webhook_event SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ? AND event_key IN ("
                    + Jdbc.marks(chunk.size()) + ")", params);
        }
    }

    @Override
    public void processed(Collection<String> keys, Instant at) {
        for (List<String> chunk : Jdbc.chunks(keys, Jdbc.CHUNK)) {
            Object[] params = new Object[chunk.size() + 1];
            params[0] = at;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            jdbc.update("UPDATE df_webhook_event SET processed_at = ? WHERE event_key IN (" + Jdbc.marks(chunk.size()) + ")", params);
        }
    }
}
