package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.testing.LogCapture;
import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.SamplePortal;
import dev.dealfocus.testing.hubspot.WebhookSender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets never leave the service on HubSpot: the setup, runs, a portal failing every request, and
 * refused webhooks, with every log line, API answer, metric and health answer searched for the
 * access token, the client secret and the API key.
 */
@QuarkusTest
@TestProfile(HubSpotSecretsTest.WithSecrets.class)
class HubSpotSecretsTest {
    /** The portal and its webhook secret. */
    public static class WithSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // short waits between retries: the failing portal is retried, not waited for
            return Map.of("dealfocus.hubspot.client-secret", WebhookSender.SECRET, "dealfocus.hubspot.webhook-url",
                    WebhookSender.PUBLIC_URL, "dealfocus.hubspot.app-id", WebhookSender.APP_ID,
                    "dealfocus.crm.retry.first-backoff", "10ms", "dealfocus.crm.retry.max-backoff", "20ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HubSpotPortalResource.class, Map.of("deals", "40")));
        }
    }

    @Test
    void givenRunsFailuresAndRefusedRequests_noSecretAppearsAnywhere() {
        HubSpotSimulator portal = HubSpotPortalResource.portal;
        LogCapture capture = LogCapture.start();
        List<String> answers = new ArrayList<>();
        try {
            answers.add(api().post("/api/setup/hubspot").then().extract().asString());
            answers.add(api().post("/api/runs?confirm=true").then().extract().asString());
            for (int i = 0; i < 12; i++) {
                portal.failNext(p -> true, 502, "<html>Bad gateway</html>", Map.of());
            }
            answers.add(api().post("/api/runs?dryRun=true").then().extract().asString());
            String body = new WebhookSender().dealChange(String.valueOf(SamplePortal.FIRST_ID + 1), "amount", "1").body();
            answers.add(WebhookSender.send(body, String.valueOf(Instant.now().toEpochMilli()), "a-wrong-secret").extract().asString());
            answers.add(RestAssured.given().header("X-API-Key", "not-the-key").get("/api/runs").then().extract().asString());
            String runs = api().get("/api/runs").then().statusCode(200).extract().asString();
            answers.add(runs);
            for (String id : io.restassured.path.json.JsonPath.from(runs).getList("id", String.class)) {
                answers.add(api().get("/api/runs/" + id).then().extract().asString());
            }
            answers.add(RestAssured.get("/q/metrics").then().extract().asString());
            answers.add(RestAssured.get("/q/health").then().extract().asString());
            answers.add(RestAssured.get("/q/health/group/crm").then().extract().asString());
        } finally {
            capture.stop();
        }
        String everything = String.join("\n", answers) + "\n" + String.join("\n", capture.lines());
        assertThat(capture.lines()).isNotEmpty();
        for (String secret : List.of(HubSpotSimulator.TOKEN, WebhookSender.SECRET, "test-key")) {
            assertThat(everything).as("a secret in what the service showed").doesNotContain(secret);
        }
    }
}
