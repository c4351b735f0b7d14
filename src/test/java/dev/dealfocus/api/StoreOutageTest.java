package dev.dealfocus.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.testing.RestartablePostgresResource;
import dev.dealfocus.testing.WebhookRuns;
import dev.dealfocus.testing.salesforce.SalesforceOrgResource;
import dev.dealfocus.testing.salesforce.SalesforceSender;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
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
 * The store goes away under a running service: webhook endpoints answer 503 (Salesforce and HubSpot
 * retry what they get no acknowledgement for) and readiness reports DOWN; when the store is back, the
 * redelivery is stored and processed.
 */
@QuarkusTest
@TestProfile(StoreOutageTest.OnPostgres.class)
class StoreOutageTest {
    /** The Salesforce org's events, the store on PostgreSQL that the test stops and starts. */
    public static class OnPostgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.salesforce.organization-id", SalesforceSimulator.ORG_ID,
                    "dealfocus.salesforce.webhook-secret", SalesforceSender.SECRET,
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S", "quarkus.datasource.db-kind", "postgresql");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SalesforceOrgResource.class), new TestResourceEntry(RestartablePostgresResource.class));
        }
    }

    @Inject
    WebhookInbox inbox;

    private static int ready() {
        return RestAssured.get("/q/health/ready").then().extract().statusCode();
    }

    @Test
    void givenTheStoreDown_webhooksGet503AndReadinessIsDown_andTheRedeliveryIsProcessedOnceItIsBack() throws InterruptedException {
        String envelope = new SalesforceSender().opportunity(SalesforceOrgResource.ids.get(5), SalesforceSimulator.PERSON).envelope();
        assertThat(ready()).isEqualTo(200);
        RestartablePostgresResource.stopDatabase();
        try {
            SalesforceSender.outbound(envelope).statusCode(503).body(org.hamcrest.Matchers.not(containsString("<Ack>")));
            SalesforceSender.signed(SalesforceSender.event("Opportunity", SalesforceOrgResource.ids.get(6), null),
                    Instant.now().getEpochSecond(), SalesforceSender.SECRET).statusCode(503);
            assertThat(WebhookRuns.within(Duration.ofSeconds(20), StoreOutageTest::ready, s -> s == 503)).as("readiness").isEqualTo(503);
        } finally {
            RestartablePostgresResource.startDatabase();
        }
        assertThat(WebhookRuns.within(Duration.ofSeconds(30), StoreOutageTest::ready, s -> s == 200)).as("readiness back").isEqualTo(200);
        // Salesforce sends the unacknowledged message again
        SalesforceSender.outbound(envelope).statusCode(200).body(containsString("<Ack>true</Ack>"));
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).as("processed").isEmpty();
    }
}
