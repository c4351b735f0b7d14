package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CrmCalls;
import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.crm.shared.RequestBudget;
import dev.dealfocus.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests that run the real REST client and call policy against a WireMock server answering
 * in HubSpot's documented shapes, on a virtual clock (waits move the clock, nothing sleeps).
 */
abstract class WireMockHubSpot {
    static final String TOKEN = "pat-na1-00000000-test";
    static WireMockServer hubspot;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    final DailyAllowance daily = new DailyAllowance("HubSpot", 0.8, Duration.ofHours(1), clock);
    final ApiCalls calls = new ApiCalls();
    HubSpotHttp http;

    @BeforeAll
    static void startHubSpot() {
        hubspot = new WireMockServer(options().dynamicPort());
        hubspot.start();
    }

    @AfterAll
    static void stopHubSpot() {
        hubspot.stop();
    }

    @BeforeEach
    void freshHubSpot() {
        hubspot.resetAll();
        RequestBudget budget = new RequestBudget(100, Duration.ofSeconds(10), 5, clock, clock::advance);
        CrmCalls policy = new CrmCalls("HubSpot", budget, daily, CrmCalls.Settings.defaults(), clock, clock::advance);
        HubSpotApi api = HubSpotHttp.client(URI.create(hubspot.baseUrl()), TOKEN, Duration.ofSeconds(5));
        http = new HubSpotHttp(api, policy, new HubSpotUsage(daily, ZoneId.of("Europe/Berlin"), clock), new ObjectMapper());
    }

    /** HubSpot answers {@code POST path} with this JSON. */
    static void answerPost(String path, String body) {
        hubspot.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(path)).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Deal 7 is associated with these records of a type (none: an empty result, as HubSpot leaves it out). */
    static void associated(String type, String... ids) {
        StringBuilder to = new StringBuilder();
        for (String id : ids) {
            to.append(to.length() == 0 ? "" : ",").append("{\"toObjectId\":\"").append(id)
                    .append("\",\"associationTypes\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"label\":null}]}");
        }
        answerPost("/crm/associations/2026-03/deals/" + type + "/batch/read", "{\"status\":\"COMPLETE\",\"startedAt\":\"2026-11-30T09:00:00Z\","
                + "\"completedAt\":\"2026-11-30T09:00:00Z\",\"results\":[" + (ids.length == 0 ? "" : "{\"from\":{\"id\":\"7\"},\"to\":[" + to + "]}") + "]}");
    }

    /** A batch read of a type answers these results. */
    static void objects(String type, String... results) {
        answerPost("/crm/objects/2026-03/" + type + "/batch/read?archived=false", "{\"status\":\"COMPLETE\",\"startedAt\":\"2026-11-30T09:00:00Z\","
                + "\"completedAt\":\"2026-11-30T09:00:00Z\",\"results\":[" + String.join(",", results) + "]}");
    }
}
