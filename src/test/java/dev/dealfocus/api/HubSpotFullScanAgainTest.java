package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.HubSpotSimulator.Seen;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second run as a full scan, so every deal DealFocus wrote is read again, with HubSpot's roll-ups
 * now showing DealFocus's own notes as the last activity and its tasks as the next: still nothing to
 * write, no parked deal woken by DealFocus's own task.
 */
@QuarkusTest
@TestProfile(HubSpotFullScanAgainTest.EveryRunAFullScan.class)
class HubSpotFullScanAgainTest {
    /** Every run a full scan: nothing is passed over as DealFocus's own change. */
    public static class EveryRunAFullScan implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.sync.full-scan-every", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            // one value per hour for all: the value rule's median cannot move between the runs
            // (it would, by design, once the first run parks deals: docs/decision-rules.md, median item 7)
            return List.of(new TestResourceEntry(HubSpotPortalResource.class, Map.of("same-value", "true")));
        }
    }

    @Test
    void givenDealFocusOwnNotesAndTasksRolledUp_aSecondFullScan_writesNothing() throws InterruptedException {
        HubSpotSimulator portal = HubSpotPortalResource.portal;
        api().post("/api/setup/hubspot").then().statusCode(200);
        JsonPath first = api().post("/api/runs?confirm=true").then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("outcome")).isEqualTo("APPLIED");
        assertThat(first.getMap("byStatus")).containsKey("PARKED");
        Thread.sleep(1_100); // the full-scan cadence of this profile

        portal.clearRequests();
        JsonPath second = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(second.getBoolean("full")).isTrue();
        assertThat(second.getInt("assessed")).isEqualTo(HubSpotPortalResource.DEALS);
        assertThat(second.getInt("statusChanges")).as("changes: %s", api().get("/api/runs/" + second.getString("id"))
                .then().extract().jsonPath().getList("changes").stream().limit(3).toList()).isZero();
        assertThat(second.getInt("writes")).isZero();
        assertThat(portal.requests()).noneMatch(Seen::writes);
        assertThat(second.getMap("byStatus")).isEqualTo(first.getMap("byStatus"));
        assertThat(portal.violations()).isEmpty();
        System.out.printf("HubSpot, %d open deals: a second run as a full scan %d calls%n", HubSpotPortalResource.DEALS,
                portal.requests().size());
    }
}
