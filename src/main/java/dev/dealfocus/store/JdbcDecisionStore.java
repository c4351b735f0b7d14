package dev.dealfocus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.StoredDecision;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link DecisionStore} on the embedded database or PostgreSQL; the same SQL for both. */
public final class JdbcDecisionStore implements DecisionStore {
    private static final String ACCOUNT = "crm_account";

    private final Jdbc jdbc;
    private final Json json;
    private final Clock clock;

    public JdbcDecisionStore(javax.sql.DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new Json(mapper);
        this.clock = clock;
    }

    @Override
    public Map<String, PreviousDecision> previous(Collection<String> dealIds) {
        Map<String, PreviousDecision> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(dealIds, Jdbc.CHUNK)) {
            jdbc.query("SELECT deal_id, remembered FROM df_latest WHERE deal_id IN (" + Jdbc.marks(chunk.size()) + ")",
                    rs -> out.put(rs.getString(1), MemoryCodec.decode(json.read(rs.getString(2), WriteCodec.MAP))),
                    chunk.toArray());
        }
        return out;
    }

    @Override
    public List<ValueSample> valueSamples() {
        return jdbc.query("SELECT deal_id, team_key, currency, value_per_hour, status_before_value FROM df_latest"
                        + " WHERE managed = TRUE AND value_per_hour IS NOT NULL AND status_before_value IS NOT NULL"
                        + " AND team_key <> ''",
                rs -> new ValueSample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        Status.valueOf(rs.getString(5))));
    }

    @Override
    public int managedCount() {
        return jdbc.query("SELECT COUNT(*) FROM df_latest WHERE managed = TRUE", rs -> rs.getInt(1)).get(0);
    }

    @Override
    public void saveLatest(List<Latest> latest, Instant seenAt) {
        if (latest.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM df_latest WHERE deal_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO df_latest (deal_id, deal_name, owner_id,"
                         + " team_key, status, score, currency, value_per_hour, status_before_value, expires_on,"
                         + " reengage_on, next_step_on, grace_ends_on, decided_on, assessed_on, remembered, assessment,"
                         + " managed, seen_at, updated_at)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                for (Latest l : latest) {
                    Assessment a = l.assessment();
                    delete.setString(1, a.dealId());
                    delete.addBatch();
                    Jdbc.bind(insert, a.dealId(), l.dealName(), l.ownerId(), a.teamKey() == null ? "" : a.teamKey(),
                            a.status(), a.score(), a.value() == null ? null : a.value().currency(),
                            a.value() == null ? null : a.value().perHour(), a.statusBeforeValueRule(),
                            a.expiry().expiresOn(), a.reengageOn(), a.expiry().nextStepOn(), a.graceEndsOn(),
                            a.decidedOn(), a.assessedOn(), json.write(MemoryCodec.encode(l.remembered())),
                            json.write(view(a)), seenAt, clock.instant());
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            return null;
        });
    }

    /** What the API shows of the last assessment, beyond the columns: the reasons. */
    private static Map<String, Object> view(Assessment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("v", 1);
        out.put("reasons", ReasonCodec.encode(a.reasons()));
        return out;
    }

    @Override
    public void notWritten(Map<String, Shown> shownByDeal) {
        if (shownByDeal.isEmpty()) {
            return;
        }
        Map<String, PreviousDecision> current = previous(shownByDeal.keySet());
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE df_latest SET remembered = ? WHERE deal_id = ?")) {
                for (Map.Entry<String, PreviousDecision> e : current.entrySet()) {
                    Shown shown = shownByDeal.get(e.getKey());
                    Jdbc.bind(ps, json.write(MemoryCodec.encode(e.getValue().notWritten(shown.status(), shown.stage()))),
                            e.getKey());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public void retire(Map<String, String> whyByDeal) {
        if (whyByDeal.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE df_latest SET managed = FALSE, left_reason = ? WHERE deal_id = ?")) {
                for (Map.Entry<String, String> e : whyByDeal.entrySet()) {
                    Jdbc.bind(ps, e.getValue(), e.getKey());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public int retireUnseen(Instant scanStartedAt) {
        return jdbc.update("UPDATE df_latest SET managed = FALSE, left_reason = 'NOT_SEEN_IN_FULL_SCAN'"
                + " WHERE managed = TRUE AND (seen_at IS NULL OR seen_at < ?)", scanStartedAt);
    }

    @Override
    public Optional<StoredDecision> latest(String dealId) {
        return jdbc.query("SELECT deal_id, status, score, assessment, decided_on, assessed_on, managed FROM df_latest"
                + " WHERE deal_id = ?", rs -> {
                    Map<String, Object> view = json.read(rs.getString(4), WriteCodec.MAP);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> reasons = (List<Map<String, Object>>) view.getOrDefault("reasons", List.of());
                    return new StoredDecision(rs.getString(1), rs.getString(2) == null ? null : Status.valueOf(rs.getString(2)),
                            rs.getInt(3), ReasonCodec.decode(reasons), date(rs.getObject(5, LocalDate.class), view, "decidedOn"),
                            date(rs.getObject(6, LocalDate.class), view, "assessedOn"), rs.getBoolean(7));
                }, dealId).stream().findFirst();
    }

    /** The column, else (for rows written before it existed) the date the old JSON kept. */
    private static LocalDate date(LocalDate column, Map<String, Object> view, String legacyName) {
        Object legacy = view.get(legacyName);
        return column != null ? column : legacy == null ? null : LocalDate.parse(legacy.toString());
    }

    @Override
    public List<String> dueForReassessment(LocalDate since, LocalDate today) {
        // Time alone changes a deal the day after its expiry date, its next step, its re-engagement date,
        // and on the day its qualification time ends; a failed write brings it back too.
        List<String> due = new ArrayList<>(jdbc.query("SELECT deal_id FROM df_latest WHERE managed = TRUE AND ("
                        + " (expires_on >= ? AND expires_on < ?) OR (next_step_on >= ? AND next_step_on < ?)"
                        + " OR (reengage_on >= ? AND reengage_on < ?) OR (grace_ends_on > ? AND grace_ends_on <= ?)"
                        + " OR deal_id IN (SELECT deal_id FROM df_intent WHERE state IN ('FAILED', 'REFUSED')))",
                rs -> rs.getString(1), since, today, since, today, since, today, since, today));
        return due;
    }

    @Override
    public Optional<String> boundAccount() {
        return jdbc.query("SELECT meta_value FROM df_meta WHERE meta_key = ?", rs -> rs.getString(1), ACCOUNT)
                .stream().findFirst();
    }

    @Override
    public void bindAccount(String account) {
        jdbc.update("INSERT INTO df_meta (meta_key, meta_value) VALUES (?, ?)", ACCOUNT, account);
    }
}
