package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.testing.hubspot.SpecCheck;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4, on HubSpot: a customer's light and remediation as DealFocus's company properties (batch update of
 * companies), its notes and tasks created on the company (association types 190 and 192), each answer read item by item.
 */
@QuarkusTest
class HubSpotCustomerWritesTest extends WireMockHubSpot {
    private static final String STAMPS = "\"createdAt\":\"2026-11-30T09:00:00Z\",\"updatedAt\":\"2026-11-30T09:00:00Z\",\"archived\":false";
    private static final String UPDATE = "/crm/objects/2026-03/companies/batch/update";
    private HubSpotWriter writer;

    @BeforeEach
    void writer() {
        writer = new HubSpotWriter(http, "2026-03", new WriteBodies(Map.of(), true, ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0)));
    }

    @Test
    void givenLights_apply_updatesTheCompaniesInOneCall_andAMissingCompanyIsRefusedAlone() throws Exception {
        hubspot.stubFor(post(urlEqualTo(UPDATE)).willReturn(aResponse().withStatus(207).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z","numErrors":1,
                         "results":[{"id":"501","properties":{"dealfocus_health":"RED"},%s,"objectWriteTraceId":"cf-1"}],
                         "errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"Object 999 not found",
                           "context":{"ids":["999"]},"errors":[],"links":{}}]}""".formatted(STAMPS))));
        List<WriteResult> results = writer.apply(List.of(
                new CrmWrite.CustomerFields("501", "cf-1", ordered("RED", "USAGE RED", "2027-01-11", "PAY_OVERDUE, USE_WEEKLY")),
                new CrmWrite.CustomerFields("999", "cf-2", ordered("GREEN", "", "", ""))), calls);

        assertThat(results).extracting(WriteResult::outcome).containsExactly(WriteResult.Outcome.APPLIED, WriteResult.Outcome.REFUSED);
        assertThat(results.get(0).crmId()).isEqualTo("501");
        hubspot.verify(1, postRequestedFor(urlEqualTo(UPDATE)).withRequestBody(equalToJson("""
                {"inputs":[
                  {"id":"501","objectWriteTraceId":"cf-1","properties":{"dealfocus_health":"RED","dealfocus_health_reasons":"USAGE RED",
                    "dealfocus_remediation_until":"2027-01-11","dealfocus_remediation_goals":"PAY_OVERDUE, USE_WEEKLY"}},
                  {"id":"999","objectWriteTraceId":"cf-2","properties":{"dealfocus_health":"GREEN","dealfocus_health_reasons":"",
                    "dealfocus_remediation_until":"","dealfocus_remediation_goals":""}}]}""")));
        assertThat(SpecCheck.violations("POST", UPDATE, body(UPDATE))).isEmpty();
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenANoteAndATask_apply_createsThemOnTheCompany_withTheOwnerAndKey() throws Exception {
        String notes = "/crm/objects/2026-03/notes/batch/create";
        String tasks = "/crm/objects/2026-03/tasks/batch/create";
        hubspot.stubFor(post(urlEqualTo(notes)).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z",
                         "results":[{"id":"7001","properties":{},%s,"objectWriteTraceId":"cn-1"}]}""".formatted(STAMPS))));
        hubspot.stubFor(post(urlEqualTo(tasks)).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z",
                         "results":[{"id":"7002","properties":{},%s,"objectWriteTraceId":"ct-1"}]}""".formatted(STAMPS))));

        List<WriteResult> note = writer.apply(List.of(new CrmWrite.CustomerNote("501", "cn-1", "11",
                Instant.parse("2026-11-30T09:00:00Z"), "<p>Remediation plan</p>")), calls);
        List<WriteResult> task = writer.apply(List.of(new CrmWrite.CustomerTask("501", "ct-1", "11", LocalDate.of(2026, 12, 21),
                "Mid review: Hafen Logistik", "<p>Measure the goals</p>")), calls);

        assertThat(note.get(0).crmId()).isEqualTo("7001");
        assertThat(task.get(0).crmId()).isEqualTo("7002");
        hubspot.verify(postRequestedFor(urlEqualTo(notes)).withRequestBody(equalToJson("""
                {"inputs":[{"properties":{"hubspot_owner_id":"11","dealfocus_key":"NOTE:cn-1","hs_timestamp":"2026-11-30T09:00:00Z",
                  "hs_note_body":"<p>Remediation plan</p>"},
                  "associations":[{"to":{"id":"501"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":190}]}],
                  "objectWriteTraceId":"cn-1"}]}""")));
        hubspot.verify(postRequestedFor(urlEqualTo(tasks)).withRequestBody(equalToJson("""
                {"inputs":[{"properties":{"hubspot_owner_id":"11","dealfocus_key":"CUSTOMER_TASK:ct-1","hs_timestamp":"2026-12-21T08:00:00Z",
                  "hs_task_subject":"Mid review: Hafen Logistik","hs_task_body":"<p>Measure the goals</p>","hs_task_status":"NOT_STARTED",
                  "hs_task_priority":"MEDIUM","hs_task_type":"TODO"},
                  "associations":[{"to":{"id":"501"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":192}]}],
                  "objectWriteTraceId":"ct-1"}]}""")));
        assertThat(SpecCheck.violations("POST", notes, body(notes))).isEmpty();
        assertThat(SpecCheck.violations("POST", tasks, body(tasks))).isEmpty();
    }

    @Test
    void givenAnUncertainCreate_findCreated_readsTheCompanysOwnTasks_neverASearch() {
        answerPost("/crm/associations/2026-03/companies/tasks/batch/read", """
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00Z","results":[
                  {"from":{"id":"501"},"to":[{"toObjectId":7002,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":192,"label":null}]},
                                             {"toObjectId":7003,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":192,"label":null}]}]}]}""");
        objects("tasks", """
                {"id":"7002","properties":{"dealfocus_key":"CUSTOMER_TASK:ct-1","hs_timestamp":"2026-12-21T08:00:00Z","hs_createdate":"2026-11-30T09:00:00Z"},%s}"""
                .formatted(STAMPS), """
                {"id":"7003","properties":{"dealfocus_key":null,"hs_task_body":"a person's task","hs_timestamp":"2026-12-21T08:00:00Z","hs_createdate":"2026-11-30T09:00:00Z"},%s}"""
                .formatted(STAMPS));
        HubSpotEngagements engagements = new HubSpotEngagements(http, new HubSpotAssociations(http, "2026-03"), "2026-03");

        Map<String, String> found = engagements.ownRecords("companies", List.of("501"), false, true, calls);

        assertThat(found).containsExactly(Map.entry("ct-1", "7002"));
        hubspot.verify(0, postRequestedFor(urlEqualTo("/crm/objects/2026-03/tasks/search")));
        assertThat(calls.count()).as("one associations read, one batch read").isEqualTo(2);
    }

    private static Map<String, String> ordered(String health, String reasons, String until, String goals) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("health", health);
        f.put("health_reasons", reasons);
        f.put("remediation_until", until);
        f.put("remediation_goals", goals);
        return f;
    }

    private static com.fasterxml.jackson.databind.JsonNode body(String path) throws Exception {
        return new ObjectMapper().readTree(hubspot.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString());
    }
}
