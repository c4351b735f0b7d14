package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CloseDateHistoryTest extends WireMockHubSpot {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenAHistoryNewestFirst_count_countsOnlyMovesLater() throws Exception {
        assertThat(CloseDateHistory.count(JSON.readTree("""
                [{"value":"2027-02-28T00:00:00Z","timestamp":"2026-11-20T10:00:00Z","sourceType":"CRM_UI"},
                 {"value":"","timestamp":"2026-10-15T10:00:00Z","sourceType":"CRM_UI"},
                 {"value":"2026-12-31T00:00:00Z","timestamp":"2026-09-01T10:00:00Z","sourceType":"CRM_UI"},
                 {"value":"2026-11-30T00:00:00Z","timestamp":"2026-08-01T10:00:00Z","sourceType":"CRM_UI"},
                 {"value":"2026-12-15T00:00:00Z","timestamp":"2026-07-01T10:00:00Z","sourceType":"API"}]"""))).isEqualTo(2);
        assertThat(CloseDateHistory.count(JSON.readTree("[]"))).isZero();
    }

    @Test
    void givenDeals_pushes_readsTheHistoryInOneBatch() {
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/deals/batch/read?archived=false"))
                .withRequestBody(equalToJson("""
                        {"properties":["closedate"],"propertiesWithHistory":["closedate"],"inputs":[{"id":"1"},{"id":"2"}]}"""))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00Z","results":[
                         {"id":"1","properties":{"closedate":"2027-01-31T00:00:00Z"},"propertiesWithHistory":{"closedate":[
                           {"value":"2027-01-31T00:00:00Z","timestamp":"2026-11-01T00:00:00Z","sourceType":"CRM_UI"},
                           {"value":"2026-11-30T00:00:00Z","timestamp":"2026-09-01T00:00:00Z","sourceType":"CRM_UI"}]},
                          "createdAt":"2026-09-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","archived":false},
                         {"id":"2","properties":{"closedate":null},"propertiesWithHistory":{"closedate":[]},
                          "createdAt":"2026-09-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","archived":false}]}""")));
        assertThat(new CloseDateHistory(http, "2026-03").pushes(List.of("1", "2"), calls)).containsEntry("1", 1).containsEntry("2", 0);
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenACloseDateUnchangedSinceItsHistoryWasRead_pushes_keepsTheCountWithoutACall() {
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/deals/batch/read?archived=false"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"status\":\"COMPLETE\","
                        + "\"startedAt\":\"2026-11-30T09:00:00Z\",\"completedAt\":\"2026-11-30T09:00:00Z\",\"results\":[{\"id\":\"1\","
                        + "\"properties\":{\"closedate\":\"2027-01-31T00:00:00Z\"},\"propertiesWithHistory\":{\"closedate\":["
                        + "{\"value\":\"2027-01-31T00:00:00Z\",\"timestamp\":\"2026-11-01T00:00:00Z\",\"sourceType\":\"CRM_UI\"},"
                        + "{\"value\":\"2026-11-30T00:00:00Z\",\"timestamp\":\"2026-09-01T00:00:00Z\",\"sourceType\":\"CRM_UI\"}]},"
                        + "\"createdAt\":\"2026-09-01T00:00:00Z\",\"updatedAt\":\"2026-11-01T00:00:00Z\",\"archived\":false}]}")));
        CloseDateHistory history = new CloseDateHistory(http, "2026-03");
        assertThat(history.pushes(Map.of("1", "2027-01-31T00:00:00Z"), calls)).containsEntry("1", 1);
        assertThat(history.pushes(Map.of("1", "2027-01-31T00:00:00Z"), calls)).containsEntry("1", 1);
        assertThat(calls.count()).as("the second read knew the date").isEqualTo(1);
        history.pushes(Map.of("1", "2027-03-31T00:00:00Z"), calls);
        assertThat(calls.count()).as("a moved date is read again").isEqualTo(2);
    }
}
