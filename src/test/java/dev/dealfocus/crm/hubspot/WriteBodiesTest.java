package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.TaskPriority;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.crm.shared.OwnKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shapes from facts A2-A3 and the spec's batch input schemas. */
class WriteBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String KEY = "3f2a9c0d1e4b5a6978877665544332211";
    private final WriteBodies withKeyProperty = new WriteBodies(Map.of(DealField.SCORE, "qual_score"), true, BERLIN, LocalTime.of(9, 0));
    private final WriteBodies withoutKeyProperty = new WriteBodies(Map.of(), false, BERLIN, LocalTime.of(9, 0));

    @Test
    void givenFieldUpdates_fieldUpdates_sendsStringsUnderMappedNamesWithTheKeyAsTraceId() throws Exception {
        JsonNode body = withKeyProperty.fieldUpdates(List.of(new CrmWrite.FieldUpdate("101", KEY,
                Map.of(DealField.SCORE, "80", DealField.STATUS, "PARKED", DealField.OWN_TASK_DUE, ""), "closedlost")));
        assertThat(body).isEqualTo(JSON.readTree("""
                {"inputs":[{"id":"101","objectWriteTraceId":"%s","properties":{
                  "qual_score":"80","dealfocus_status":"PARKED","dealfocus_task_due":"","dealstage":"closedlost"}}]}""".formatted(KEY)));
    }

    @Test
    void givenANote_notes_associatesItWithTheDealAsType214AndCarriesTheKey() {
        JsonNode input = withKeyProperty.notes(List.of(new CrmWrite.Note("101", KEY, "64492917",
                Instant.parse("2026-11-30T09:00:00Z"), "<p>Parked: no next step for 31 days.</p><p>Last contact 2026-10-30.</p>")))
                .path("inputs").get(0);
        assertThat(input.path("properties").path("hs_timestamp").asText()).isEqualTo("2026-11-30T09:00:00Z");
        assertThat(input.path("properties").path("hs_note_body").asText())
                .isEqualTo("<p>Parked: no next step for 31 days.</p><p>Last contact 2026-10-30.</p>");
        assertThat(input.path("properties").path("hubspot_owner_id").asText()).isEqualTo("64492917");
        assertThat(input.path("properties").path("dealfocus_key").asText()).isEqualTo("NOTE:" + KEY);
        assertThat(input.path("associations").get(0).path("to").path("id").asText()).isEqualTo("101");
        assertThat(input.path("associations").get(0).path("types").get(0).path("associationTypeId").asInt()).isEqualTo(214);
        assertThat(input.path("objectWriteTraceId").asText()).isEqualTo(KEY);
    }

    @Test
    void givenATask_tasks_isDueAtNineInTheConfiguredZoneAssociatedAsType216() {
        JsonNode input = withKeyProperty.tasks(List.of(new CrmWrite.Task("101", KEY, WrittenKind.REENGAGE_TASK, "64492917",
                LocalDate.of(2027, 3, 1), TaskPriority.MEDIUM, "Re-engage: Acme", "Trigger: new budget year"))).path("inputs").get(0);
        JsonNode p = input.path("properties");
        assertThat(p.path("hs_timestamp").asText()).isEqualTo("2027-03-01T08:00:00Z"); // 09:00 in Berlin in winter
        assertThat(p.path("hs_task_status").asText()).isEqualTo("NOT_STARTED");
        assertThat(p.path("hs_task_priority").asText()).isEqualTo("MEDIUM");
        assertThat(p.path("hs_task_subject").asText()).isEqualTo("Re-engage: Acme");
        assertThat(p.path("dealfocus_key").asText()).isEqualTo("REENGAGE_TASK:" + KEY);
        assertThat(input.path("associations").get(0).path("types").get(0).path("associationTypeId").asInt()).isEqualTo(216);
    }

    @Test
    void givenNoKeyProperty_theKeyTravelsInALastParagraphOfTheRenderedBodyAndIsFoundAgain() {
        // the renderer has already written HubSpot's HTML (CrmText): the body is sent as it is
        String html = withoutKeyProperty.notes(List.of(new CrmWrite.Note("101", KEY, null, Instant.parse("2026-11-30T09:00:00Z"),
                "<p>Parked &lt;for now&gt; &amp; then?</p>"))).path("inputs").get(0).path("properties").path("hs_note_body").asText();
        assertThat(html).isEqualTo("<p>Parked &lt;for now&gt; &amp; then?</p><p>DealFocus ref NOTE:" + KEY + "</p>");
        assertThat(WriteBodies.keyInBody(html)).isEqualTo(new OwnKey(WrittenKind.NOTE, KEY));
        assertThat(WriteBodies.keyInBody("<p>a person's note</p>")).isNull();
    }

    @Test
    void givenAKeyWithoutAKnownKind_parse_stillNamesDealFocusRecord() {
        assertThat(OwnKey.parse("SOMETHING:" + KEY)).isEqualTo(new OwnKey(null, "SOMETHING:" + KEY));
        assertThat(OwnKey.parse(KEY)).isEqualTo(new OwnKey(null, KEY));
        assertThat(OwnKey.parse(" ")).isNull();
    }

    @Test
    void givenTaskUpdates_taskUpdates_movesOrCompletesTheTaskById() {
        JsonNode inputs = withKeyProperty.taskUpdates(List.of(
                new CrmWrite.TaskUpdate("101", "k1", "9001", LocalDate.of(2026, 12, 7), false),
                new CrmWrite.TaskUpdate("101", "k2", "9002", null, true))).path("inputs");
        assertThat(inputs.get(0).path("id").asText()).isEqualTo("9001");
        assertThat(inputs.get(0).path("properties").path("hs_timestamp").asText()).isEqualTo("2026-12-07T08:00:00Z");
        assertThat(inputs.get(1).path("properties").path("hs_task_status").asText()).isEqualTo("COMPLETED");
        assertThat(inputs.get(1).path("properties").has("hs_timestamp")).isFalse();
    }
}
