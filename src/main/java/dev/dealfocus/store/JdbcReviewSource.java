package dev.dealfocus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.review.ReviewInputs;
import dev.dealfocus.core.review.ReviewSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The weekly review's facts from {@code df_latest}, {@code df_journal} and {@code df_run}. Change-event
 * runs count as changes but never as the scan after a held run: only a scheduled or manual run settles one.
 */
public final class JdbcReviewSource implements ReviewSource {
    private static final String APPLIED = "r.outcome = 'APPLIED' AND r.dry_run = FALSE AND j.left_alone IS NULL";

    private final Jdbc jdbc;
    private final Json json;

    public JdbcReviewSource(DataSource dataSource, ObjectMapper mapper) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new Json(mapper);
    }

    @Override
    public ReviewInputs inputs(Instant from, Instant to) {
        List<ReviewInputs.Deal> deals = managedDeals();
        List<ReviewInputs.Line> changes = jdbc.query("SELECT j.deal_id, r.started_at, j.status_before, j.status_after, j.score,"
                + " j.reasons FROM df_journal j JOIN df_run r ON r.id = j.run_id WHERE " + APPLIED
                + " AND r.started_at >= ? AND r.started_at < ? ORDER BY r.started_at, j.id", this::line, from, to);
        Map<String, Integer> scoresBefore = new HashMap<>();
        jdbc.query("SELECT deal_id, score FROM (SELECT j.deal_id, j.score, ROW_NUMBER() OVER (PARTITION BY j.deal_id"
                + " ORDER BY r.started_at DESC, j.id DESC) AS n FROM df_journal j JOIN df_run r ON r.id = j.run_id WHERE " + APPLIED
                + " AND j.score IS NOT NULL AND r.started_at < ?) t WHERE n = 1",
                rs -> scoresBefore.put(rs.getString(1), rs.getInt(2)), from);
        // first seen in the window: journaled in it, never before it (every assessed line has a score)
        Set<String> firstSeen = new HashSet<>();
        changes.forEach(l -> {
            if (!scoresBefore.containsKey(l.dealId())) {
                firstSeen.add(l.dealId());
            }
        });
        return new ReviewInputs(deals, changes, scoresBefore, firstSeen, held());
    }

    @Override
    public List<ReviewInputs.Deal> managedDeals() {
        return jdbc.query("SELECT deal_id, deal_name, owner_id, team_key, status, score, expires_on,"
                + " next_step_on, value_per_hour, currency, assessment, remembered FROM df_latest WHERE managed = TRUE", this::deal);
    }

    @Override
    public List<ReviewInputs.Deal> closedInCrm(java.util.Collection<String> dealIds) {
        List<ReviewInputs.Deal> out = new java.util.ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(dealIds, Jdbc.CHUNK)) {
            out.addAll(jdbc.query("SELECT deal_id, deal_name, owner_id, team_key, status, score, expires_on, next_step_on,"
                    + " value_per_hour, currency, assessment, remembered FROM df_latest WHERE managed = FALSE"
                    + " AND left_reason = 'CLOSED_IN_CRM' AND deal_id IN (" + Jdbc.marks(chunk.size()) + ")", this::deal, chunk.toArray()));
        }
        return out;
    }

    /** The newest held run, when no scheduled or manual run was applied after it. */
    private List<ReviewInputs.Line> held() {
        List<Instant> lastApplied = jdbc.query("SELECT MAX(started_at) FROM df_run WHERE outcome = 'APPLIED' AND dry_run = FALSE"
                + " AND trigger_kind NOT IN ('WEBHOOK', 'CUSTOMERS')", rs -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant());
        Instant after = lastApplied.isEmpty() || lastApplied.get(0) == null ? Instant.EPOCH : lastApplied.get(0);
        List<String> runs = jdbc.query("SELECT id FROM df_run WHERE outcome = 'HELD' AND started_at > ? ORDER BY started_at DESC",
                rs -> rs.getString(1), after);
        if (runs.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT j.deal_id, r.started_at, j.status_before, j.status_after, j.score, j.reasons FROM df_journal j"
                + " JOIN df_run r ON r.id = j.run_id WHERE r.id = ? AND j.left_alone IS NULL ORDER BY j.id", this::line, runs.get(0));
    }

    private ReviewInputs.Deal deal(ResultSet rs) throws SQLException {
        Map<String, Object> view = json.read(rs.getString(11), WriteCodec.MAP);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) view.getOrDefault("reasons", List.of());
        var remembered = MemoryCodec.decode(json.read(rs.getString(12), WriteCodec.MAP));
        String team = rs.getString(4);
        return new ReviewInputs.Deal(rs.getString(1), rs.getString(2), rs.getString(3), team == null || team.isEmpty() ? null : team,
                status(rs.getString(5)), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getBigDecimal(9), rs.getString(10), ReasonCodec.decode(reasons), remembered.hold());
    }

    private ReviewInputs.Line line(ResultSet rs) throws SQLException {
        String reasons = rs.getString(6);
        return new ReviewInputs.Line(rs.getString(1), Jdbc.instant(rs, "started_at"), status(rs.getString(3)), status(rs.getString(4)),
                rs.getObject(5) == null ? null : rs.getInt(5),
                reasons == null ? List.of() : ReasonCodec.decode(json.read(reasons, WriteCodec.LIST)));
    }

    private static Status status(String name) {
        return name == null ? null : Status.valueOf(name);
    }
}
