package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The real Quarkus REST client against WireMock answering in HubSpot's documented shapes. */
@QuarkusTest
class HubSpotHttpTest extends WireMockHubSpot {
    private static final String SEARCH = "/crm/objects/2026-03/deals/search";
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode search() throws Exception {
        JsonNode request = json.readTree("{\"filterGroups\":[],\"sorts\":[{\"propertyName\":\"hs_object_id\",\"direction\":\"ASCENDING\"}],"
                + "\"properties\":[\"dealname\"],\"limit\":200,\"after\":\"0\"}");
        return http.send(Lane.SEARCH, "search deals", calls, api -> api.search("2026-03", "deals", request));
    }

    @Test
    void givenASearch_send_postsTheBodyWithTheBearerTokenAndReturnsTheAnswer() throws Exception {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"total\":1,\"results\":[{\"id\":\"101\",\"properties\":{\"dealname\":\"Acme\"},"
                        + "\"createdAt\":\"2026-10-01T08:00:00Z\",\"updatedAt\":\"2026-11-29T08:00:00Z\",\"archived\":false}]}")));
        JsonNode answer = search();
        assertThat(answer.path("results").get(0).path("properties").path("dealname").asText()).isEqualTo("Acme");
        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("{\"limit\":200,\"after\":\"0\"}", true, true)));
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenA429ThenSuccess_send_waitsAndRetriesCountingBoth() throws Exception {
        hubspot.stubFor(post(SEARCH).inScenario("storm").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                        "{\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"errorType\":\"RATE_LIMIT\","
                                + "\"correlationId\":\"c1\"}"))
                .willSetStateTo("calm"));
        hubspot.stubFor(post(SEARCH).inScenario("storm").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"total\":0,\"results\":[]}")));
        Instant before = clock.instant();
        assertThat(search().path("total").asInt()).isZero();
        assertThat(calls.count()).isEqualTo(2);
        assertThat(calls.rateLimitedCount()).isEqualTo(1);
        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofSeconds(1));
        hubspot.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void givenAMissingScope_send_failsFastNamingItAndNeverRetries() {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(
                "{\"status\":\"error\",\"message\":\"This app hasn't been granted all required scopes to make this call.\","
                        + "\"correlationId\":\"c2\",\"category\":\"MISSING_SCOPES\","
                        + "\"context\":{\"missingScopes\":[\"crm.objects.deals.read\"]}}")));
        assertThatThrownBy(this::search).isInstanceOf(CrmException.class).hasMessageContaining("crm.objects.deals.read")
                .hasMessageNotContaining(TOKEN)
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.FAIL_FAST));
        hubspot.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void givenServerErrorsThenSuccess_send_retriesWithBackoff() throws Exception {
        hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")).willSetStateTo("up"));
        hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"total\":0,\"results\":[]}")));
        assertThat(search().path("total").asInt()).isZero();
        assertThat(calls.retries()).isEqualTo(1);
    }

    @Test
    void givenDailyHeadersPastTheShare_theNextCallIsNotSent() throws Exception {
        hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-HubSpot-RateLimit-Daily", "250000").withHeader("X-HubSpot-RateLimit-Daily-Remaining", "40000")
                .withBody("{\"total\":0,\"results\":[]}")));
        search();
        assertThatThrownBy(this::search).isInstanceOf(CrmException.class)
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED));
        hubspot.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void givenADroppedConnection_send_retriesIt() throws Exception {
        hubspot.stubFor(post(SEARCH).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("ok"));
        hubspot.stubFor(post(SEARCH).inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"total\":0,\"results\":[]}")));
        assertThat(search().path("total").asInt()).isZero();
        assertThat(calls.count()).isEqualTo(2);
    }
}
