package dev.dealfocus.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.testing.RestartablePostgresResource;
import dev.dealfocus.testing.WebhookRuns;
import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.SamplePortal;
import dev.dealfocus.testing.hubspot.WebhookSender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * StoreOutageTest on HubSpot: while PostgreSQL is away a signed delivery gets 503 (HubSpot retries what it
 * gets no 2xx for) and nothing is acknowledged; once it is back, the retried delivery is stored and processed.
 */
@QuarkusTest
@TestProfile(HubSpotStoreOutageTest.OnPostgres.class)
class HubSpotStoreOutageTest {
    public static class OnPostgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.hubspot.client-secret", WebhookSender.SECRET, "dealfocus.hubspot.webhook-url", WebhookSender.PUBLIC_URL,
                    "dealfocus.hubspot.app-id", WebhookSender.APP_ID,
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S", "quarkus.datasource.db-kind", "postgresql");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HubSpotPortalResource.class), new TestResourceEntry(RestartablePostgresResource.class));
        }
    }

    @Inject
    WebhookInbox inbox;

    @Test
    void givenTheStoreDown_aSignedDeliveryGets503_andHubSpotsRetryIsStoredAndProcessedOnceItIsBack() throws InterruptedException {
        Api.api().post("/api/setup/hubspot").then().statusCode(200); // as an operator prepares the portal
        String body = new WebhookSender().dealChange(String.valueOf(SamplePortal.FIRST_ID + 3), "dealfocus_budget", "approved").body();
        RestartablePostgresResource.stopDatabase();
        try {
            WebhookSender.send(body, String.valueOf(Instant.now().toEpochMilli()), WebhookSender.SECRET).statusCode(503);
            assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> RestAssured.get("/q/health/ready").then().extract().statusCode(),
                    s -> s == 503)).as("readiness").isEqualTo(503);
        } finally {
            RestartablePostgresResource.startDatabase();
        }
        assertThat(WebhookRuns.within(Duration.ofSeconds(30), () -> RestAssured.get("/q/health/ready").then().extract().statusCode(),
                s -> s == 200)).as("readiness back").isEqualTo(200);
        // HubSpot retries the same events, signed anew
        WebhookSender.send(body, String.valueOf(Instant.now().toEpochMilli()), WebhookSender.SECRET).statusCode(200)
                .body("stored", org.hamcrest.Matchers.equalTo(1));
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).as("processed").isEmpty();
    }
}
