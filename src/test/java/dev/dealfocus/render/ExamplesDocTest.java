package dev.dealfocus.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.config.ConfigFixture;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.core.sync.SyncPorts;
import dev.dealfocus.core.sync.SyncRunner;
import dev.dealfocus.core.sync.SyncSettings;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.crm.demo.DemoCrmContractTest;
import dev.dealfocus.store.FileDealBuffers;
import dev.dealfocus.store.JdbcDecisionStore;
import dev.dealfocus.store.JdbcRunJournal;
import dev.dealfocus.store.JdbcWriteIntents;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/examples.md shows what a run on the demo CRM really writes: this test runs the demo in each
 * language and compares every example block with the notes and tasks in the demo CRM's state.
 * {@code -Dgolden.update=true} rewrites the blocks.
 */
class ExamplesDocTest {
    private static final Path DOC = Path.of("docs/examples.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- example:(\\w+):([\\w-]+) -->\\n(.*?)<!-- /example -->",
            Pattern.DOTALL);

    @TempDir
    Path stateDir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenDemoRun_examplesDoc_matchesWhatTheRunWrote(String language) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
        DemoCrm demo = DemoCrmContractTest.open(stateDir, clock);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:examples-" + language + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        SyncRunner runner = new SyncRunner(new SyncPorts(demo, new JdbcDecisionStore(ds, Mappers.service(), clock),
                new JdbcWriteIntents(ds, Mappers.service(), clock), new JdbcRunJournal(ds, Mappers.service(), clock),
                new QuteRenderer(Templates.engine(), new Wording(language), ConfigFixture.reengagement(Map.of()),
                        demo.capabilities()), new FileDealBuffers(Mappers.service())), ConfigFixture.demoPolicy(), clock,
                new SyncSettings(Duration.ofDays(1), 3));
        assertThat(runner.run(new RunRequest(Trigger.MANUAL, false, true)).outcome()).isEqualTo(RunOutcome.APPLIED);
        JsonNode state = Mappers.service().readTree(stateDir.resolve("state.json").toFile());

        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(doc);
        StringBuilder updated = new StringBuilder();
        int compared = 0;
        while (m.find()) {
            String expected = m.group(3);
            String actual = m.group(1).equals(language) ? "```text\n" + written(state, m.group(2)) + "```\n" : expected;
            if (m.group(1).equals(language)) {
                compared++;
                if (!Boolean.getBoolean("golden.update")) {
                    assertThat(expected).as("docs/examples.md, %s in %s", m.group(2), language).isEqualTo(actual);
                }
            }
            m.appendReplacement(updated, Matcher.quoteReplacement(
                    "<!-- example:" + m.group(1) + ":" + m.group(2) + " -->\n" + actual + "<!-- /example -->"));
        }
        m.appendTail(updated);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, updated.toString(), StandardCharsets.UTF_8);
        }
        assertThat(compared).isEqualTo(3);
    }

    /** The deal's note and tasks as the demo CRM stored them. */
    private static String written(JsonNode state, String dealId) {
        StringBuilder out = new StringBuilder();
        state.get("notes").forEach(n -> {
            if (n.get("dealId").asText().equals(dealId)) {
                out.append("=== note\n").append(n.get("body").asText()).append("\n");
            }
        });
        state.get("tasks").forEach(t -> {
            if (t.get("dealId").asText().equals(dealId)) {
                out.append("=== task ").append(t.get("kind").asText()).append(" due ").append(t.get("due").asText())
                        .append(", priority ").append(t.get("priority").asText()).append(", owner ").append(t.get("ownerId").asText())
                        .append("\nsubject: ").append(t.get("subject").asText()).append("\n")
                        .append(t.get("body").asText()).append("\n");
            }
        });
        return out.toString();
    }
}
