package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers in the spec's BatchResponsePublicAssociationMultiWithLabel(WithErrors) shape. */
@QuarkusTest
class HubSpotAssociationsTest extends WireMockHubSpot {
    private static final String PATH = "/crm/associations/2026-03/deals/contacts/batch/read";
    private HubSpotAssociations associations;

    @BeforeEach
    void reader() {
        associations = new HubSpotAssociations(http, "2026-03");
    }

    private static String to(String id) {
        return "{\"toObjectId\":\"" + id + "\",\"associationTypes\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"label\":null}]}";
    }

    private void answer(String requestJson, int status, String body) {
        hubspot.stubFor(post(urlEqualTo(PATH)).withRequestBody(equalToJson(requestJson))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void givenDealsWithAndWithoutContacts_read_mapsEachDealAndTakesA207ForTheEmptyOnes() {
        answer("{\"inputs\":[{\"id\":\"1\"},{\"id\":\"2\"}]}", 207, """
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00.1Z",
                 "results":[{"from":{"id":"1"},"to":[%s,%s]}],
                 "numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"No contacts are associated with deal 2.",
                   "context":{"fromObjectId":["2"]},"errors":[],"links":{}}]}""".formatted(to("501"), to("502")));
        Map<String, List<String>> found = associations.read("deals", "contacts", List.of("1", "2"), calls);
        assertThat(found).containsExactly(Map.entry("1", List.of("501", "502")), Map.entry("2", List.of()));
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenADealWithMoreContactsThanOneAnswer_read_followsItsPagingOnly() {
        answer("{\"inputs\":[{\"id\":\"1\"},{\"id\":\"2\"}]}", 200, """
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00.1Z",
                 "results":[{"from":{"id":"1"},"to":[%s],"paging":{"next":{"after":"MTAw","link":null}}},
                            {"from":{"id":"2"},"to":[%s]}]}""".formatted(to("501"), to("601")));
        answer("{\"inputs\":[{\"id\":\"1\",\"after\":\"MTAw\"}]}", 200, """
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:01Z","completedAt":"2026-11-30T09:00:01.1Z",
                 "results":[{"from":{"id":"1"},"to":[%s]}]}""".formatted(to("502")));
        Map<String, List<String>> found = associations.read("deals", "contacts", List.of("1", "2"), calls);
        assertThat(found.get("1")).containsExactly("501", "502");
        assertThat(found.get("2")).containsExactly("601");
        assertThat(calls.count()).isEqualTo(2);
    }

    @Test
    void given1500Deals_read_asksInTwoBatchesOfAtMostAThousand() {
        hubspot.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"COMPLETE\",\"startedAt\":\"2026-11-30T09:00:00Z\",\"completedAt\":\"2026-11-30T09:00:00Z\",\"results\":[]}")));
        List<String> ids = IntStream.rangeClosed(1, 1500).mapToObj(Integer::toString).toList();
        Map<String, List<String>> found = associations.read("deals", "contacts", ids, calls);
        assertThat(found).hasSize(1500);
        assertThat(calls.count()).isEqualTo(2);
        hubspot.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(hubspot.getAllServeEvents()).extracting(e -> e.getRequest().getBodyAsString().split("\"id\"").length - 1)
                .containsExactlyInAnyOrder(1000, 500);
    }
}
