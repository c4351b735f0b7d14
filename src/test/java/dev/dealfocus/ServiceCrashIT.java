package dev.dealfocus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.testing.PackagedService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7, item 2, on the packaged service: SIGKILL during a run's write phase, at the moment the CRM
 * has taken a batch but its answer has not come back (the demo CRM's documented write delay holds each
 * batch's answer for a few seconds), then a restart and a confirmed run. Across both runs: no duplicate
 * note or task, no lost note, no own write taken for a person's edit, no run left RUNNING.
 */
class ServiceCrashIT extends OnPackagedService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYS = "dealfocus.api.keys=" + PackagedService.KEY_SETTING;
    /** A short lease: the killed process's run holds it until its heartbeat is this old (the restart then settles it). */
    private static final String LEASE = "dealfocus.replicas.lease-ttl=2s";

    private JsonNode demoState() throws IOException {
        Path file = work.resolve("demo-crm/state.json");
        return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    private static int size(JsonNode state, String field) {
        return state.has(field) ? state.get(field).size() : 0;
    }

    /** Where the write phase stands, as the demo CRM's state shows it. */
    private static Predicate<JsonNode> point(String kind) {
        return switch (kind) {
            case "fields" -> s -> size(s, "deals") > 0 && size(s, "notes") == 0;
            case "notes" -> s -> size(s, "notes") > 0 && size(s, "tasks") == 0;
            default -> s -> size(s, "tasks") > 0;
        };
    }

    @ParameterizedTest
    // after the notes' batch and after the tasks' batch; a kill after the fields' batch is CrmCrashIT's, on both CRMs
    @ValueSource(strings = {"notes", "tasks"})
    void givenKilledWhileTheCrmAnswersABatch_restartAndConfirm_writesEveryNoteAndTaskOnceAndSeesNoEdits(String kind)
            throws Exception {
        String db = freshDatabase("crash_" + kind);
        PackagedService first = PackagedService.start(work, "first", db, KEYS, LEASE, "dealfocus.demo.write-delay=4s");
        assertThat(first.port()).as(first.output()).isPositive();
        first.send("POST", "/api/runs?confirm=true");
        awaitState(point(kind), first);
        first.kill();

        PackagedService second = PackagedService.start(work, "second", db, KEYS, LEASE);
        try {
            assertThat(second.port()).as(second.output()).isPositive();
            assertThat(second.awaitOutput("1 run(s) were under way when the service stopped", java.time.Duration.ofSeconds(20)))
                    .as(second.output()).isTrue();
            JsonNode restart = JSON.readTree(second.call("POST", "/api/runs?confirm=true").body());
            assertThat(restart.get("outcome").asText()).as(restart.toString()).isEqualTo("APPLIED");

            assertEveryDecisionWrittenOnce(demoState());
            JsonNode runs = JSON.readTree(second.call("GET", "/api/runs").body());
            List<String> outcomes = new ArrayList<>();
            runs.forEach(r -> outcomes.add(r.get("outcome").asText()));
            assertThat(outcomes).containsExactlyInAnyOrder("INTERRUPTED", "APPLIED");
            assertNoHumanEdit(second);
            assertThat(JSON.readTree(second.call("POST", "/api/runs").body()).get("writes").asInt())
                    .as("nothing is left to write").isZero();
        } finally {
            second.stop();
        }
    }

    private void awaitState(Predicate<JsonNode> reached, PackagedService service) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (reached.test(demoState())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run never reached the point to kill it at:\n" + service.output());
    }

    /** Every deal that shows a status has exactly one note; no deal has two tasks of one kind; parked deals have their check. */
    private static void assertEveryDecisionWrittenOnce(JsonNode state) {
        Map<String, Integer> notes = new HashMap<>();
        state.get("notes").forEach(n -> notes.merge(n.get("dealId").asText(), 1, Integer::sum));
        Set<String> tasks = new HashSet<>();
        state.get("tasks").forEach(t -> assertThat(tasks.add(t.get("dealId").asText() + "/" + t.get("kind").asText()))
                .as("a second %s on %s", t.get("kind").asText(), t.get("dealId").asText()).isTrue());
        int withStatus = 0;
        for (var deal : (Iterable<Map.Entry<String, JsonNode>>) () -> state.get("deals").fields()) {
            String status = deal.getValue().path("fields").path("dealfocus_status").asText("");
            if (!status.isEmpty()) {
                withStatus++;
                assertThat(notes.get(deal.getKey())).as("notes on %s", deal.getKey()).isEqualTo(1);
            }
            if (status.equals("PARKED")) {
                assertThat(tasks).as("the re-engagement check of %s", deal.getKey()).contains(deal.getKey() + "/REENGAGE_TASK");
            }
        }
        assertThat(withStatus).isEqualTo(46);
        assertThat(notes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(46);
    }

    private static void assertNoHumanEdit(PackagedService service) throws Exception {
        for (int i = 1001; i <= 1048; i++) {
            JsonNode a = JSON.readTree(service.call("GET", "/api/deals/D-" + i + "/assessment").body());
            assertThat(a.path("humanHold").isNull() || a.path("humanHold").isMissingNode()).as("D-%d: %s", i, a).isTrue();
            a.path("reasons").forEach(r -> assertThat(r.get("code").asText()).isNotEqualTo("HUMAN_EDIT"));
        }
    }
}
