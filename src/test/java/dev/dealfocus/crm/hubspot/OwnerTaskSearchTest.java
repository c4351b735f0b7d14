package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.testing.hubspot.SpecCheck;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2, on HubSpot: the weekly review task is a task assigned to its owner with no association,
 * and it is found again by a search of tasks on its key (no deal's associations lead to it).
 */
@io.quarkus.test.junit.QuarkusTest
class OwnerTaskSearchTest extends WireMockHubSpot {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEARCH = "/crm/objects/2026-03/tasks/search";

    @AfterEach
    void everyBodyAsTheSpecSays() throws Exception {
        for (LoggedRequest r : hubspot.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))) {
            assertThat(SpecCheck.violations("POST", r.getUrl(), JSON.readTree(r.getBodyAsString()))).as(r.getUrl()).isEmpty();
        }
    }

    private static CrmWrite.OwnerTask review(int i) {
        return new CrmWrite.OwnerTask("k-" + i, WrittenKind.REVIEW_TASK, "7" + i, LocalDate.of(2026, 11, 30),
                "Weekly pipeline review 2026-W49: 1 deal(s) need a decision", "<p>Full review: /api/reviews/weekly</p>");
    }

    @Test
    void givenAReviewTask_apply_createsATaskForTheOwnerWithNoAssociationAndItsKey() {
        hubspot.stubFor(post(urlEqualTo("/crm/objects/2026-03/tasks/batch/create")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z",
                         "results":[{"id":"9100","properties":{},"createdAt":"2026-11-30T09:00:00Z",
                           "updatedAt":"2026-11-30T09:00:00Z","archived":false,"objectWriteTraceId":"k-1"}]}""")));
        HubSpotWriter writer = new HubSpotWriter(http, "2026-03", new WriteBodies(Map.of(), true, ZoneId.of("Europe/Berlin"),
                LocalTime.of(9, 0)));
        List<WriteResult> results = writer.apply(List.of(review(1)), calls);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.crmId()).isEqualTo("9100"));
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/tasks/batch/create")).withRequestBody(equalToJson("""
                {"inputs":[{"properties":{"hubspot_owner_id":"71","dealfocus_key":"REVIEW_TASK:k-1",
                  "hs_timestamp":"2026-11-30T08:00:00Z","hs_task_subject":"Weekly pipeline review 2026-W49: 1 deal(s) need a decision",
                  "hs_task_body":"<p>Full review: /api/reviews/weekly</p>","hs_task_status":"NOT_STARTED",
                  "hs_task_priority":"MEDIUM","hs_task_type":"TODO"},
                  "associations":[],"objectWriteTraceId":"k-1"}]}""")));
    }

    @Test
    void givenSevenReviewTasks_find_searchesFiveKeysAtATimeAndTakesOnlyExactKeys() {
        hubspot.stubFor(post(urlEqualTo(SEARCH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"total":2,"results":[
                          {"id":"9101","properties":{"dealfocus_key":"REVIEW_TASK:k-1","hs_task_body":"x","hubspot_owner_id":"71"},
                           "createdAt":"2026-11-30T09:00:00Z","updatedAt":"2026-11-30T09:00:00Z","archived":false},
                          {"id":"9999","properties":{"dealfocus_key":"REVIEW_TASK:k-other","hs_task_body":"x","hubspot_owner_id":"79"},
                           "createdAt":"2026-11-30T09:00:00Z","updatedAt":"2026-11-30T09:00:00Z","archived":false}]}""")));
        List<CrmWrite.OwnerTask> tasks = IntStream.rangeClosed(1, 7).mapToObj(OwnerTaskSearchTest::review).toList();
        Map<String, String> found = new OwnerTaskSearch(http, "2026-03").find(tasks, true, calls);
        assertThat(found).containsExactly(Map.entry("k-1", "9101"));
        hubspot.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"filterGroups":[
                  {"filters":[{"propertyName":"dealfocus_key","operator":"EQ","value":"REVIEW_TASK:k-6"}]},
                  {"filters":[{"propertyName":"dealfocus_key","operator":"EQ","value":"REVIEW_TASK:k-7"}]}],
                 "properties":["dealfocus_key","hs_task_body","hubspot_owner_id"],"sorts":[],"limit":200,"after":"0"}""")));
        assertThat(calls.count()).isEqualTo(2);
    }

    @Test
    void givenNoKeyProperty_find_searchesByOwnerAndSubjectAndReadsTheKeyFromTheBody() {
        hubspot.stubFor(post(urlEqualTo(SEARCH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"total":1,"results":[{"id":"9102","properties":{"hs_task_body":"<p>Full review</p><p>DealFocus ref REVIEW_TASK:k-2</p>",
                           "hubspot_owner_id":"72"},"createdAt":"2026-11-30T09:00:00Z","updatedAt":"2026-11-30T09:00:00Z","archived":false}]}""")));
        Map<String, String> found = new OwnerTaskSearch(http, "2026-03").find(List.of(review(2)), false, calls);
        assertThat(found).containsExactly(Map.entry("k-2", "9102"));
        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"filterGroups":[{"filters":[{"propertyName":"hubspot_owner_id","operator":"EQ","value":"72"},
                  {"propertyName":"hs_task_subject","operator":"EQ","value":"Weekly pipeline review 2026-W49: 1 deal(s) need a decision"}]}],
                 "properties":["dealfocus_key","hs_task_body","hubspot_owner_id"],"sorts":[],"limit":200,"after":"0"}""")));
    }
}
