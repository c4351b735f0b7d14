package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.SamplePortal;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HubSpot failing: 5xx, timeouts, reset connections, bodies that are no JSON. Each time the retries give
 * up, the circuit opens, the run ends FAILED with a clear message and writes nothing half; once HubSpot
 * answers again, the next run catches up, and a note batch that failed is sent again under the same key,
 * never twice.
 */
@QuarkusTest
@TestProfile(HubSpotOutageTest.Impatient.class)
class HubSpotOutageTest {
    /** Short waits, so the outages take milliseconds, not minutes. */
    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // every run a full scan: an incremental read passes over a person's change within 2 minutes of DealFocus's
            // own writes to the deal (BEHAVIOR-hubspot.md, "Deals DealFocus just wrote"), and this test cannot wait that long
            return Map.of("dealfocus.crm.retry.first-backoff", "10ms", "dealfocus.crm.retry.max-backoff", "20ms",
                    "dealfocus.crm.retry.breaker-open-for", "1s", "dealfocus.hubspot.timeout", "1s", "dealfocus.sync.full-scan-every", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HubSpotPortalResource.class, Map.of("same-value", "true", "deals", "60")));
        }
    }

    @Test
    void givenEachKindOfOutage_theRunFailsClearly_andTheNextRunCatchesUp() throws InterruptedException {
        HubSpotSimulator portal = HubSpotPortalResource.portal;
        api().post("/api/setup/hubspot").then().statusCode(200);
        assertThat(api().post("/api/runs?confirm=true").then().statusCode(200).extract().jsonPath().getString("outcome"))
                .isEqualTo("APPLIED");
        String quiet = String.valueOf(SamplePortal.FIRST_ID + 8); // parked: silent for 45 days
        assertThat(portal.record("deals", quiet).properties.get("dealfocus_status")).isEqualTo("PARKED");
        // a rep books a meeting while HubSpot is failing
        Instant start = Instant.now().plus(Duration.ofDays(2));
        portal.engagement("meetings", quiet, start, Instant.now(), Map.of("hs_meeting_outcome", "SCHEDULED",
                "hs_meeting_start_time", start.toString()));
        portal.edit(quiet, Map.of("description", "Demo on Tuesday"));

        for (String how : List.of("5xx", "timeout", "reset", "garbled")) {
            portal.breakNext(p -> p.endsWith("/search"), how, 10);
            JsonPath run = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
            assertThat(run.getString("outcome")).as(how).isEqualTo("FAILED");
            assertThat(run.getString("message")).as(how).contains("HubSpot");
            assertThat(run.getInt("writes")).as(how).isZero();
            portal.heal();
            Thread.sleep(1_100); // the circuit lets a request through again
        }

        portal.breakNext(p -> p.contains("/notes/batch/create"), "5xx", 10);
        JsonPath half = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(half.getInt("failed")).as("the note batch failed: %s", half.prettify()).isPositive();
        portal.heal();
        Thread.sleep(1_100);
        JsonPath after = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(portal.record("deals", quiet).properties.get("dealfocus_status")).as("caught up: %s", after.prettify())
                .isEqualTo("ACTIVE");
        assertThat(portal.linked(quiet, "notes")).as("one note per decision").hasSize(2);
    }
}
