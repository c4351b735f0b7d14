package dev.dealfocus.store;

import dev.dealfocus.core.port.TriggerClaims;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Claims as rows ({@code df_trigger_claim}): the primary key lets one insert per occurrence succeed. */
public final class JdbcTriggerClaims implements TriggerClaims {
    private final Jdbc jdbc;

    public JdbcTriggerClaims(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean claim(String trigger, String occurrence, String by, Instant at) {
        try {
            jdbc.update("INSERT INTO df_trigger_claim (trigger_name, occurrence, claimed_by, claimed_at) VALUES (?, ?, ?, ?)",
                    trigger, occurrence, by, at);
            return true;
        } catch (dev.dealfocus.core.port.StoreException e) {
            if (duplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, unique violation, in PostgreSQL and H2 alike. */
    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
