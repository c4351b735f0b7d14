package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.SamplePortal;
import dev.dealfocus.testing.hubspot.WebhookSender;
import dev.dealfocus.testing.WebhookRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * HubSpot's change events on a simulated portal: signed deliveries bring deals back within seconds. The
 * waits allow for the shared request budget: the setup and the first run spend most of a 10-second window.
 */
@QuarkusTest
@TestProfile(HubSpotWebhookTest.WithWebhooks.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubSpotWebhookTest {
    /** The portal behind a proxy: HubSpot calls the public URL, the service answers on localhost. */
    public static class WithWebhooks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.hubspot.client-secret", WebhookSender.SECRET, "dealfocus.hubspot.webhook-url",
                    WebhookSender.PUBLIC_URL, "dealfocus.hubspot.app-id", WebhookSender.APP_ID, "dealfocus.webhooks.every", "1h");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            // one value per hour for all, so a deal parked for its score comes back when its answers do
            return List.of(new TestResourceEntry(HubSpotPortalResource.class, Map.of("same-value", "true")));
        }
    }

    @Inject
    WebhookInbox inbox;
    @Inject
    RunJournal journal;


    private HubSpotSimulator portal;

    @BeforeEach
    void preparedAndRunOnce() {
        portal = HubSpotPortalResource.portal;
        if (journal.lastApplied(true).isEmpty()) {
            api().post("/api/setup/hubspot").then().statusCode(200);
            api().post("/api/runs?confirm=true").then().statusCode(200);
        }
    }

    private String status(int index) {
        return portal.record("deals", String.valueOf(SamplePortal.FIRST_ID + index)).properties.get("dealfocus_status");
    }




    @Test
    @Order(1)
    void givenBadSignaturesOrBodies_theEndpointRefusesAndStoresNothing() {
        String body = new WebhookSender().dealChange("5006", "dealfocus_budget", "approved").body();
        String now = String.valueOf(Instant.now().toEpochMilli());
        WebhookSender.send(body, now, "not-the-secret").statusCode(401).body("detail", org.hamcrest.Matchers.containsString("signature"));
        WebhookSender.send(body, String.valueOf(Instant.now().minusSeconds(360).toEpochMilli()), WebhookSender.SECRET).statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("5 minutes"));
        io.restassured.RestAssured.given().contentType("application/json").body(body).post("/webhooks/hubspot").then().statusCode(401);
        WebhookSender.send("{\"not\":\"an array\"}", now, WebhookSender.SECRET).statusCode(400);
        assertThat(inbox.pending(10)).isEmpty();
    }

    @Test
    @Order(2)
    void givenAValidDelivery_itsEventsAreStoredBeforeTheAnswer() throws Exception {
        // a dry run holds the run lock while HubSpot does not answer it, so the worker cannot take the events
        portal.hold();
        Thread dryRun = new Thread(() -> api().post("/api/runs?dryRun=true"));
        dryRun.start();
        try {
            Thread.sleep(500);
            new WebhookSender().dealChange("5020", "amount", "15000").send().statusCode(200).body("stored", org.hamcrest.Matchers.is(1));
            assertThat(inbox.pending(10)).extracting(WebhookInbox.Event::objectId).contains("5020");
        } finally {
            portal.release();
            dryRun.join();
        }
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).as("processed once the run ended").isEmpty();
    }

    @Test
    @Order(3)
    void givenAParkedDealWhoseBudgetWasJustApproved_aSignedEvent_bringsItBackWithinSeconds() throws InterruptedException {
        int index = 6; // weak answers and a meeting booked: parked for its score, not for silence
        assertThat(status(index)).isEqualTo("PARKED");
        int runs = WebhookRuns.of(journal).size();
        String id = String.valueOf(SamplePortal.FIRST_ID + index);
        portal.edit(id, Map.of("dealfocus_budget", "approved", "dealfocus_budget_approved", "true", "dealfocus_problem", "named",
                "dealfocus_decision_maker", "economic-buyer", "dealfocus_fit", "standard"));
        Instant sent = Instant.now();
        new WebhookSender().dealChange(id, "dealfocus_budget", "approved").again().send().statusCode(200).body("stored", org.hamcrest.Matchers.is(1));

        String after = WebhookRuns.within(Duration.ofSeconds(20), () -> status(index), s -> !"PARKED".equals(s));
        System.out.printf("webhook to CRM write: %d ms%n", Duration.between(sent, Instant.now()).toMillis());
        assertThat(after).isIn("ACTIVE", "NURTURE");
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).isEmpty();
        RunSummary run = WebhookRuns.afterOneMore(journal, runs).get(0);
        assertThat(run.read()).as("one deal read, by id").isEqualTo(1);
        assertThat(run.statusChanges()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void givenARepBookedAMeetingOnASilentParkedDeal_theMeetingsCreationEvent_bringsItBack() throws InterruptedException {
        int index = 8; // full answers, silent for 45 days: parked for no dated next step
        assertThat(status(index)).isEqualTo("PARKED");
        String id = String.valueOf(SamplePortal.FIRST_ID + index);
        var meeting = portal.engagement("meetings", id, Instant.now().plus(Duration.ofDays(3)), Instant.now(),
                Map.of("hs_meeting_outcome", "SCHEDULED", "hs_meeting_start_time", Instant.now().plus(Duration.ofDays(3)).toString()));
        new WebhookSender().created("0-47", meeting.id).send().statusCode(200);

        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> status(index), s -> !"PARKED".equals(s))).isEqualTo("ACTIVE");
    }

    @Test
    @Order(5)
    void givenDealFocusOwnChangesComingBack_theySettleWithoutARun() throws InterruptedException {
        int runs = WebhookRuns.of(journal).size();
        new WebhookSender().ownChange("5010", "dealfocus_status", "PARKED").ownChange("5011", "dealfocus_score", "40").send()
                .statusCode(200);
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).isEmpty();
        assertThat(WebhookRuns.of(journal)).hasSize(runs);
    }

    @Test
    @Order(6)
    void givenSeveralEventsForOneDeal_theyCoalesceIntoOneReadAndWriteNothingNew() throws InterruptedException {
        int runs = WebhookRuns.of(journal).size();
        portal.clearRequests();
        new WebhookSender().dealChange("5012", "amount", "13000").dealChange("5012", "dealstage", "qualifiedtobuy")
                .dealChange("5012", "closedate", "2027-03-01").send().statusCode(200).body("stored", org.hamcrest.Matchers.is(3));
        RunSummary run = WebhookRuns.afterOneMore(journal, runs).get(0);
        assertThat(run.read()).isEqualTo(1);
        assertThat(portal.requests().stream().filter(r -> r.path().endsWith("/deals/batch/read")).count())
                .as("one batch read of the deal, one of its close-date history").isLessThanOrEqualTo(2);
        assertThat(run.writes()).as("nothing a person changed touches DealFocus's decision").isZero();
    }

    @Test
    @Order(7)
    void givenHostileRequests_everyOneGetsA4xxAndNothingIsStored() {
        for (var c : dev.dealfocus.testing.HostileInputs.json()) {
            String timestamp = String.valueOf(Instant.now().toEpochMilli());
            String body = new String(c.body(), java.nio.charset.StandardCharsets.UTF_8);
            String signature = dev.dealfocus.crm.hubspot.WebhookSignature.sign("POST", WebhookSender.PUBLIC_URL, body, timestamp,
                    WebhookSender.SECRET);
            var answer = dev.dealfocus.testing.HostileInputs.post("/webhooks/hubspot", c, "X-HubSpot-Request-Timestamp", timestamp,
                    "X-HubSpot-Signature-v3", signature);
            if (c.name().equals("unknown event types")) {
                // HubSpot's protocol: events DealFocus does not use are acknowledged and ignored
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(io.restassured.path.json.JsonPath.from(answer.body()).getInt("stored")).isZero();
            } else {
                assertThat(answer.statusCode()).as("hubspot, signed: %s", c).isEqualTo(dev.dealfocus.testing.HostileInputs.expected(c));
            }
        }
        assertThat(inbox.pending(10)).isEmpty();
    }

    @Test
    @Order(8)
    void givenHostileBodiesOnTheSetup_everyOneGetsA4xxAndThePortalIsNotTouched() {
        portal.clearRequests();
        for (var c : dev.dealfocus.testing.HostileInputs.json()) {
            int status = dev.dealfocus.testing.HostileInputs.post("/api/setup/hubspot", c, "X-API-Key", Api.KEY).statusCode();
            assertThat(status).as("setup: %s", c).isEqualTo(c.name().equals("body over the limit") ? 413 : 400);
        }
        Api.api().contentType("application/json").body("{\"dryRun\": true}").post("/api/setup/hubspot").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.equalTo("The setup takes no body; send dryRun=true as a query parameter."));
        Api.api().post("/api/setup/hubspot?dryRun=maybe").then().statusCode(400);
        Api.api().post("/api/setup/hubspot?dryRun=../../etc/passwd").then().statusCode(400);
        Api.api().post("/api/setup/hubspot?dryRun=" + "../".repeat(2_000)).then().statusCode(414); // past HTTP's initial line limit
        assertThat(portal.requests()).as("no setup ran").noneMatch(r -> r.path().startsWith("/crm/properties/"));
    }

    @Test
    @Order(9)
    void givenHubSpot_timeEaters_readTheEffortOnceAndAnswerTheNextRequestFromTheStore() {
        io.restassured.path.json.JsonPath first = Api.api().get("/api/reports/time-eaters").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getLong("apiCalls")).as("associations and engagement batch reads for the unmoved deals").isPositive();
        assertThat(first.getList("teams")).isNotEmpty();
        Api.api().get("/api/reports/time-eaters").then().statusCode(200)
                .body("apiCalls", org.hamcrest.Matchers.equalTo(0)).body("quarter", org.hamcrest.Matchers.equalTo(first.getString("quarter")))
                .body("teams", org.hamcrest.Matchers.equalTo(first.getList("teams")));
    }
}
