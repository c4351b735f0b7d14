package dev.dealfocus.store;

import dev.dealfocus.core.eaters.QuarterFacts;
import dev.dealfocus.core.eaters.QuarterJournal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A quarter's facts from {@code df_journal}: window functions pick each deal's first and last assessed line
 * in the quarter and its last one before it, so the database returns a few rows per deal however many
 * daily runs the quarter had.
 */
public final class JdbcQuarterJournal implements QuarterJournal {
    private static final String LINES = "FROM df_journal j JOIN df_run r ON r.id = j.run_id"
            + " WHERE r.outcome = 'APPLIED' AND r.dry_run = FALSE AND j.left_alone IS NULL";

    private final Jdbc jdbc;

    public JdbcQuarterJournal(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    private record Point(String pipeline, String stage, Integer score) {
    }

    @Override
    public Map<String, QuarterFacts> facts(Instant from, Instant to) {
        Map<String, Point> first = new HashMap<>();
        Map<String, Point> last = new HashMap<>();
        jdbc.query("SELECT deal_id, pipeline, stage, score, first_n, last_n FROM (SELECT j.deal_id, j.pipeline, j.stage, j.score,"
                + " ROW_NUMBER() OVER (PARTITION BY j.deal_id ORDER BY r.started_at, j.id) AS first_n,"
                + " ROW_NUMBER() OVER (PARTITION BY j.deal_id ORDER BY r.started_at DESC, j.id DESC) AS last_n "
                + LINES + " AND r.started_at >= ? AND r.started_at < ?) t WHERE first_n = 1 OR last_n = 1", rs -> {
                    Point p = new Point(rs.getString(2), rs.getString(3), (Integer) rs.getObject(4));
                    if (rs.getInt(5) == 1) {
                        first.put(rs.getString(1), p);
                    }
                    if (rs.getInt(6) == 1) {
                        last.put(rs.getString(1), p);
                    }
                    return null;
                }, from, to);
        Map<String, Point> before = new HashMap<>();
        jdbc.query("SELECT deal_id, pipeline, stage, score FROM (SELECT j.deal_id, j.pipeline, j.stage, j.score,"
                + " ROW_NUMBER() OVER (PARTITION BY j.deal_id ORDER BY r.started_at DESC, j.id DESC) AS n " + LINES
                + " AND r.started_at < ?) t WHERE n = 1",
                rs -> before.put(rs.getString(1), new Point(rs.getString(2), rs.getString(3), (Integer) rs.getObject(4))), from);
        Set<String> won = new HashSet<>(jdbc.query("SELECT DISTINCT j.deal_id FROM df_journal j JOIN df_run r ON r.id = j.run_id"
                + " WHERE r.outcome = 'APPLIED' AND r.dry_run = FALSE AND j.won = TRUE AND r.started_at >= ? AND r.started_at < ?",
                rs -> rs.getString(1), from, to));
        Map<String, QuarterFacts> out = new HashMap<>();
        for (Map.Entry<String, Point> e : last.entrySet()) {
            Point start = before.getOrDefault(e.getKey(), first.get(e.getKey()));
            Point end = e.getValue();
            out.put(e.getKey(), new QuarterFacts(e.getKey(), end.pipeline() != null ? end.pipeline() : start.pipeline(), start.stage(),
                    end.stage(), start.score(), end.score(), won.contains(e.getKey())));
        }
        return out;
    }
}
