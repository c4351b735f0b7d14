package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.TaskPriority;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HubSpotWriterTest extends WireMockHubSpot {
    private static final String STAMPS = "\"createdAt\":\"2026-11-30T09:00:00Z\",\"updatedAt\":\"2026-11-30T09:00:00Z\",\"archived\":false";
    private HubSpotWriter writer;

    @BeforeEach
    void writer() {
        writer = new HubSpotWriter(http, "2026-03", new WriteBodies(Map.of(), true, ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0)));
    }

    @Test
    void givenA207_apply_reportsEachFieldUpdateOnItsOwn() {
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/deals/batch/update")).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z","numErrors":1,
                         "results":[{"id":"101","properties":{"dealfocus_score":"80"},%s,"objectWriteTraceId":"k-a"}],
                         "errors":[{"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid",
                           "context":{"objectWriteTraceId":["k-b"]},"errors":[],"links":{}}]}""".formatted(STAMPS))));
        List<WriteResult> results = writer.apply(List.of(
                new CrmWrite.FieldUpdate("101", "k-a", Map.of(DealField.SCORE, "80"), null),
                new CrmWrite.FieldUpdate("102", "k-b", Map.of(DealField.SCORE, "40"), null)), calls);
        assertThat(results).extracting(WriteResult::outcome).containsExactly(WriteResult.Outcome.APPLIED, WriteResult.Outcome.REFUSED);
        hubspot.verify(1, postRequestedFor(urlEqualTo("/crm/objects/2026-03/deals/batch/update"))
                .withRequestBody(equalToJson("{\"inputs\":[{\"id\":\"101\",\"objectWriteTraceId\":\"k-a\",\"properties\":{\"dealfocus_score\":\"80\"}},"
                        + "{\"id\":\"102\",\"objectWriteTraceId\":\"k-b\",\"properties\":{\"dealfocus_score\":\"40\"}}]}")));
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenTasks_apply_createsThemInOneCallAndKeepsTheirNewIds() {
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/tasks/batch/create"))
                .withRequestBody(matchingJsonPath("$.inputs[0].associations[0].types[0].associationTypeId", equalToJson("216")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z",
                         "results":[{"id":"9001","properties":{},%s,"objectWriteTraceId":"k-t"}]}""".formatted(STAMPS))));
        List<WriteResult> results = writer.apply(List.of(new CrmWrite.Task("101", "k-t", WrittenKind.REENGAGE_TASK, "11",
                LocalDate.of(2027, 3, 1), TaskPriority.MEDIUM, "Re-engage: Acme", "<p>New budget year</p>")), calls);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.crmId()).isEqualTo("9001");
        });
    }

    @Test
    void givenABatchRefusedAsAWhole_apply_throwsSoEveryItemIsJournaledAsFailed() {
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/notes/batch/create")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"message\":\"Invalid input JSON\",\"correlationId\":\"c\",\"category\":\"VALIDATION_ERROR\"}")));
        assertThatThrownBy(() -> writer.apply(List.of(new CrmWrite.Note("101", "k-n", null, java.time.Instant.parse("2026-11-30T09:00:00Z"),
                "<p>Parked.</p>")), calls)).isInstanceOf(CrmException.class).hasMessageContaining("VALIDATION_ERROR");
    }
}
