package dev.dealfocus.store;

import dev.dealfocus.crm.shared.RequestBudget;
import dev.dealfocus.crm.shared.Sleeper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The CRM's request budget across replicas (docs/deploy.md, "Several replicas"): the requests of the last window in a
 * sliding log ({@code df_budget_request}), counted and added to under the row lock of the CRM's {@code df_budget} row
 * in one short transaction per request, so all replicas together send at most the limit in any window, at the limit's
 * full rate. Each replica's own sliding log ({@link RequestBudget}) still spaces its requests.
 */
public final class JdbcSharedBudget implements RequestBudget.Shared {
    private final Jdbc jdbc;
    private final String name;
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final Sleeper sleeper;

    /** @param perWindow the CRM's limit per {@code window} for all replicas together */
    public JdbcSharedBudget(DataSource dataSource, String name, int perWindow, Duration window, Clock clock, Sleeper sleeper) {
        this.jdbc = new Jdbc(dataSource);
        this.name = name;
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void take() {
        while (true) {
            long wait = jdbc.inTransaction(c -> {
                try (PreparedStatement lock = c.prepareStatement("SELECT name FROM df_budget WHERE name = ? FOR UPDATE");
                     PreparedStatement forget = c.prepareStatement("DELETE FROM df_budget_request WHERE name = ? AND sent_at <= ?");
                     PreparedStatement count = c.prepareStatement("SELECT COUNT(*), MIN(sent_at) FROM df_budget_request WHERE name = ?");
                     PreparedStatement add = c.prepareStatement("INSERT INTO df_budget_request (name, sent_at) VALUES (?, ?)")) {
                    Jdbc.bind(lock, name);
                    lock.executeQuery().close(); // every replica's count of this CRM waits here for the one before it
                    Instant now = clock.instant();
                    Jdbc.bind(forget, name, now.minus(window));
                    forget.executeUpdate();
                    Jdbc.bind(count, name);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) >= perWindow) {
                            Instant oldest = rs.getTimestamp(2).toInstant();
                            return Math.max(1, Duration.between(now, oldest.plus(window)).toMillis() + 1);
                        }
                    }
                    Jdbc.bind(add, name, now);
                    add.executeUpdate();
                    return 0L;
                }
            });
            if (wait == 0) {
                return;
            }
            try {
                sleeper.sleep(Duration.ofMillis(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.dealfocus.core.port.CrmException(dev.dealfocus.core.port.CrmException.Kind.RETRY,
                        "Interrupted while waiting for the replicas' request budget.", e);
            }
        }
    }
}
