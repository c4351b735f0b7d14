package dev.dealfocus.store;

import dev.dealfocus.core.eaters.EffortStore;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** {@code df_quarter_effort}: one row per quarter and deal, replaced when read again. */
public final class JdbcEffortStore implements EffortStore {
    private final Jdbc jdbc;

    public JdbcEffortStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Map<String, Stored> stored(String quarter, Collection<String> dealIds) {
        Map<String, Stored> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(dealIds, Jdbc.CHUNK)) {
            Object[] args = new Object[chunk.size() + 1];
            args[0] = quarter;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query("SELECT deal_id, hours, read_at FROM df_quarter_effort WHERE quarter = ? AND deal_id IN ("
                    + Jdbc.marks(chunk.size()) + ")", rs -> out.put(rs.getString(1),
                    new Stored(rs.getBigDecimal(2), Jdbc.instant(rs, "read_at"))), args);
        }
        return out;
    }

    @Override
    public void store(String quarter, Map<String, BigDecimal> hours, Instant readAt) {
        if (hours.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM df_quarter_effort WHERE quarter = ? AND deal_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO df_quarter_effort (quarter, deal_id, hours, read_at)"
                         + " VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, BigDecimal> e : hours.entrySet()) {
                    Jdbc.bind(delete, quarter, e.getKey());
                    delete.addBatch();
                    Jdbc.bind(insert, quarter, e.getKey(), e.getValue(), readAt);
                    insert.addBatch();
                }
                delete.executeBatch();
                return insert.executeBatch();
            }
        });
    }
}
