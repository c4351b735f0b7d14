package dev.dealfocus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.customer.CustomerDecision;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerMemory;
import dev.dealfocus.core.customer.CustomerStore;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.customer.Remediation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code df_customer}: each customer's latest decision as JSON (light, signs and evidence, memory, owed writes), with
 * its light and owner as columns to list by; {@code df_customer_journal}: a line per light change, remediation
 * started (its goals) and remediation measured (its outcome).
 */
public final class JdbcCustomerStore implements CustomerStore {
    private final Jdbc jdbc;
    private final Json json;

    public JdbcCustomerStore(DataSource dataSource, ObjectMapper mapper) {
        this.jdbc = new Jdbc(dataSource);
        this.json = new Json(mapper);
    }

    @Override
    public Map<String, CustomerMemory> memories(Collection<String> customerIds) {
        Map<String, CustomerMemory> out = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(customerIds, Jdbc.CHUNK)) {
            jdbc.query("SELECT customer_id, decision FROM df_customer WHERE customer_id IN (" + Jdbc.marks(chunk.size()) + ")",
                    rs -> out.put(rs.getString(1), json.read(rs.getString(2), CustomerDecision.class).memory()), chunk.toArray());
        }
        return out;
    }

    @Override
    public void save(List<CustomerFacts> customers, List<CustomerDecision> decisions, Map<String, CustomerMemory> before, Instant at,
                     boolean confirmed) {
        Map<String, CustomerFacts> byId = new LinkedHashMap<>();
        customers.forEach(c -> byId.put(c.id(), c));
        jdbc.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM df_customer WHERE customer_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO df_customer (customer_id, name, owner_id, light,"
                         + " held_by_hand, decision, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement journal = c.prepareStatement("INSERT INTO df_customer_journal (customer_id, event, light_before,"
                         + " light_after, detail, at, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (CustomerDecision d : decisions) {
                    CustomerFacts facts = byId.get(d.customerId());
                    Jdbc.bind(delete, d.customerId());
                    delete.addBatch();
                    Jdbc.bind(insert, d.customerId(), facts == null ? null : facts.name(), facts == null ? null : facts.ownerId(),
                            d.light(), d.heldByHand(), json.write(d), at);
                    insert.addBatch();
                    journal(journal, d, before.getOrDefault(d.customerId(), CustomerMemory.NONE), at, confirmed);
                }
                delete.executeBatch();
                insert.executeBatch();
                return journal.executeBatch();
            }
        });
    }

    /** What changed since the memory before: the light, a remediation started, a remediation measured. */
    private void journal(PreparedStatement journal, CustomerDecision d, CustomerMemory before, Instant at, boolean confirmed)
            throws SQLException {
        if (d.light() != before.light()) {
            add(journal, d, before, "LIGHT_CHANGED", Map.of("heldByHand", d.heldByHand(), "signals", d.health().signals()), at, confirmed);
        }
        // the remediation acted on: a customer back to GREEN keeps none in memory, but its phase was measured now
        Remediation now = d.remediation() != null ? d.remediation() : d.memory().remediation();
        Remediation was = before.remediation();
        if (now != null && (was == null || !was.startedOn().equals(now.startedOn()))) {
            add(journal, d, before, "REMEDIATION_STARTED", Map.of("remediation", now), at, confirmed);
        }
        if (now != null && now.outcome() != null && (was == null || was.outcome() == null)) {
            add(journal, d, before, "REMEDIATION_MEASURED", Map.of("remediation", now, "signals", d.health().signals()), at, confirmed);
        }
    }

    private void add(PreparedStatement journal, CustomerDecision d, CustomerMemory before, String event, Map<String, Object> detail,
                     Instant at, boolean confirmed) throws SQLException {
        Jdbc.bind(journal, d.customerId(), event, before.light(), d.light(), json.write(detail), at, confirmed);
        journal.addBatch();
    }

    @Override
    public java.util.Set<String> lightChangesSince(Instant since) {
        // as the deals' cap: an operator's confirmed run starts the count afresh (one confirmation confirms both caps)
        return new java.util.HashSet<>(jdbc.query("SELECT DISTINCT customer_id FROM df_customer_journal WHERE event = 'LIGHT_CHANGED'"
                + " AND confirmed = FALSE AND at > ? AND at > COALESCE((SELECT MAX(started_at) FROM df_run WHERE confirmed = TRUE"
                + " AND outcome IN ('APPLIED', 'STOPPED', 'FAILED', 'INTERRUPTED')), ?)", rs -> rs.getString(1), since, since));
    }

    @Override
    public List<Stored> list(Light light) {
        String where = light == null ? "" : " WHERE light = ?";
        Object[] args = light == null ? new Object[0] : new Object[] {light};
        return jdbc.query("SELECT customer_id, name, owner_id, decision, assessed_at FROM df_customer" + where
                + " ORDER BY name, customer_id", this::stored, args);
    }

    @Override
    public Optional<Stored> find(String customerId) {
        return jdbc.query("SELECT customer_id, name, owner_id, decision, assessed_at FROM df_customer WHERE customer_id = ?",
                this::stored, customerId).stream().findFirst();
    }

    @Override
    public List<Map<String, Object>> journal(String customerId) {
        return jdbc.query("SELECT event, light_before, light_after, detail, at FROM df_customer_journal WHERE customer_id = ?"
                + " ORDER BY id", rs -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("event", rs.getString(1));
                    line.put("lightBefore", rs.getString(2));
                    line.put("lightAfter", rs.getString(3));
                    line.put("detail", json.read(rs.getString(4), WriteCodec.MAP));
                    line.put("at", Jdbc.instant(rs, "at"));
                    return line;
                }, customerId);
    }

    private Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getString(1), rs.getString(2), rs.getString(3), json.read(rs.getString(4), CustomerDecision.class),
                Jdbc.instant(rs, "assessed_at"));
    }
}
