package dev.dealfocus.crm.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.testing.Mappers;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;

/** Demo CRMs with a generated pipeline: many healthy ACTIVE deals that tests then change by hand. */
public final class DemoPipelines {
    private static final ObjectMapper MAPPER = Mappers.service();

    private DemoPipelines() {
    }

    /**
     * {@code deals} deals D-0001.. of six owners in two teams, each scoring 100 with a meeting booked
     * a week ahead, created 40 days ago: all ACTIVE, none expiring.
     */
    public static DemoCrm healthy(int deals, Path stateDir, Clock clock) throws Exception {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode owners = root.putArray("owners");
        for (int i = 1; i <= 6; i++) {
            owners.addObject().put("id", "O-" + i).put("name", "Owner " + i).put("team", i <= 3 ? "T-A" : "T-B");
        }
        root.putArray("teams").addObject().put("id", "T-A").put("name", "Team A");
        ((ArrayNode) root.get("teams")).addObject().put("id", "T-B").put("name", "Team B");
        ArrayNode list = root.putArray("deals");
        for (int i = 1; i <= deals; i++) {
            ObjectNode d = list.addObject();
            d.put("id", String.format("D-%04d", i)).put("name", "Generated deal " + i).put("pipeline", "default")
                    .put("stage", "presentationscheduled").put("owner", "O-" + (1 + i % 6))
                    .put("created", "today-40").put("updated", "today-40")
                    .put("amount", 10000 + i * 10).put("currency", "EUR").put("probability", 0.6)
                    .put("closeDate", "today+30");
            d.putObject("properties").put("dealfocus_problem", "named").put("dealfocus_decision_maker", "economic-buyer")
                    .put("dealfocus_timeline", "dated").put("dealfocus_budget", "approved").put("dealfocus_fit", "standard")
                    .put("dealfocus_hours_remaining", "8");
            d.putArray("contacts").addObject().put("id", "C-" + i).put("role", "DECISION_MAKER").put("consent", "OPTED_IN");
            ArrayNode activities = d.putArray("activities");
            activities.addObject().put("id", "A-" + i + "-1").put("type", "MEETING").put("at", "today-5");
            activities.addObject().put("id", "A-" + i + "-2").put("type", "MEETING").put("at", "today+7")
                    .put("created", "today-1").put("open", true);
        }
        return DemoCrm.open(new ByteArrayInputStream(MAPPER.writeValueAsBytes(root)), stateDir, MAPPER, clock);
    }

    /** A demo CRM on a data file given as JSON text (docs/demo-crm.md), for tests that need odd records. */
    public static DemoCrm of(String json, Path stateDir, Clock clock) throws Exception {
        return DemoCrm.open(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), stateDir,
                MAPPER, clock);
    }

    /** Lowers a healthy deal's answers to 40 points: the band parks it. */
    public static void lowerAnswers(DemoHands demo, String dealId) {
        demo.setProperty(dealId, "dealfocus_problem", "none");
        demo.setProperty(dealId, "dealfocus_budget", "none");
        demo.setProperty(dealId, "dealfocus_fit", "bends");
    }
}
