package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.HubSpotSimulator.Seen;
import dev.dealfocus.testing.hubspot.SamplePortal;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole loop on a HubSpot-compatible server (a simulated portal of 300 open deals speaking HubSpot's
 * documented API): with only the provider and the token set, the setup prepares the portal, a dry run
 * writes nothing, the confirmed first run writes through batch endpoints within the budget and parks
 * the quiet deals, and an immediate second run writes nothing though HubSpot rolled DealFocus's own
 * notes and tasks into the deals' activity dates.
 */
@QuarkusTest
@TestProfile(HubSpotFlowTest.OnHubSpot.class)
class HubSpotFlowTest {
    /** provider=hubspot and the token, nothing else: the shipped defaults do the rest. */
    public static class OnHubSpot implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HubSpotPortalResource.class));
        }
    }

    private static List<Seen> writes(HubSpotSimulator portal) {
        return portal.requests().stream().filter(Seen::writes).toList();
    }

    private static Map<String, Long> byPath(List<Seen> requests) {
        return requests.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.method() + " " + r.path(),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    @Test
    void givenOnlyProviderAndToken_setupThenRuns_scoreParkAndWriteNothingTwice() {
        HubSpotSimulator portal = HubSpotPortalResource.portal;

        // the setup, dry: lists, changes nothing
        portal.clearRequests();
        api().post("/api/setup/hubspot?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", hasItem("deal property dealfocus_score"))
                .body("missingScopes", empty());
        assertThat(writes(portal)).as("a dry setup writes nothing").isEmpty();
        assertThat(portal.hasProperty("deals", "dealfocus_score")).isFalse();

        // the setup: creates, binds the store to the portal
        JsonPath setup = api().post("/api/setup/hubspot").then().statusCode(200).extract().jsonPath();
        assertThat(setup.getString("portalId")).isEqualTo("24680135");
        assertThat(setup.getList("created", String.class)).contains("deal property group dealfocus",
                "deal property dealfocus_status", "deal property dealfocus_problem", "deal property dealfocus_budget_approved");
        assertThat(setup.getString("keyTravels")).isEqualTo("body");
        assertThat(portal.hasProperty("deals", "dealfocus_task_due")).isTrue();
        api().post("/api/setup/hubspot").then().statusCode(200).body("created", empty())
                .body("existed", hasItem("deal property dealfocus_score"));

        // a dry run: reads and plans, writes nothing
        portal.clearRequests();
        api().post("/api/runs?dryRun=true").then().statusCode(200).body("outcome", equalTo("DRY_RUN"));
        assertThat(writes(portal)).as("a dry run writes nothing").isEmpty();

        // the first real run, confirmed
        portal.clearRequests();
        JsonPath first = api().post("/api/runs?confirm=true").then().statusCode(200).extract().jsonPath();
        List<Seen> firstRequests = portal.requests();
        assertThat(first.getString("outcome")).isEqualTo("APPLIED");
        assertThat(first.getInt("assessed")).isEqualTo(HubSpotPortalResource.DEALS);
        assertThat(first.getInt("failed")).isZero();
        assertThat(first.getLong("apiCalls")).as("the summary counts what HubSpot received").isEqualTo(firstRequests.size());
        assertThat(writes(portal)).isNotEmpty().allSatisfy(w -> assertThat(w.path()).contains("/batch/"));
        assertThat(portal.violations()).as("request bodies against HubSpot's published spec").isEmpty();
        assertThat(portal.rateLimited()).as("requests over HubSpot's limits: %s",
                firstRequests.stream().filter(r -> r.status() == 429).map(Seen::path).toList()).isZero();
        for (int i = 0; i < HubSpotPortalResource.DEALS; i++) {
            Map<String, String> deal = portal.record("deals", String.valueOf(SamplePortal.FIRST_ID + i)).properties;
            assertThat(deal.get("dealfocus_score")).as("deal %d scored", i).isNotBlank();
            if (SamplePortal.quiet(i)) {
                assertThat(deal.get("dealfocus_status")).as("quiet deal %d", i).isEqualTo("PARKED");
            }
        }

        // the week's review task for each of the six owners (today is on or after Monday): assigned, on no deal
        List<HubSpotSimulator.Record> reviews = portal.inspect(() -> portal.ids("tasks").stream().map(id -> portal.record("tasks", id))
                .filter(t -> t.properties.getOrDefault("hs_task_body", "").contains("DealFocus ref REVIEW_TASK:")).toList());
        assertThat(reviews).hasSize(6).extracting(t -> t.properties.get("hubspot_owner_id"))
                .containsExactlyInAnyOrder("201", "202", "203", "204", "205", "206");
        assertThat(reviews).allSatisfy(t -> assertThat(t.properties.get("hs_task_subject")).startsWith("Weekly pipeline review "));
        List<String> linked = new java.util.ArrayList<>();
        for (int i = 0; i < HubSpotPortalResource.DEALS; i++) {
            portal.linked(String.valueOf(SamplePortal.FIRST_ID + i), "tasks").forEach(t -> linked.add(t.id));
        }
        assertThat(linked).doesNotContainAnyElementsOf(reviews.stream().map(t -> t.id).toList());

        // an immediate second run: HubSpot rolled the new notes and tasks into the deals; nothing to write
        portal.clearRequests();
        JsonPath second = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(writes(portal)).as("the second run writes nothing").isEmpty();
        assertThat(second.getInt("writes")).isZero();
        System.out.printf("HubSpot, %d open deals: first run %d calls (%d writes) %s; immediate second run %d calls %s%n",
                HubSpotPortalResource.DEALS, firstRequests.size(), firstRequests.stream().filter(Seen::writes).count(),
                byPath(firstRequests), portal.requests().size(), byPath(portal.requests()));
    }
}
