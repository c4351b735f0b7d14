package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.testing.salesforce.SalesforceOrgResource;
import dev.dealfocus.testing.salesforce.SalesforceSender;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import dev.dealfocus.testing.WebhookRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Salesforce's change events on a simulated org: Outbound Messages from the configured org and signed
 * events from a Flow bring deals back within seconds; anything else is refused and stores nothing.
 */
@QuarkusTest
@TestProfile(SalesforceWebhookTest.WithEvents.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesforceWebhookTest {
    /** The org's id and the Flow's secret configured; events processed when they arrive. */
    public static class WithEvents implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.salesforce.organization-id", SalesforceSimulator.ORG_ID.substring(0, 15),
                    "dealfocus.salesforce.webhook-secret", SalesforceSender.SECRET, "dealfocus.webhooks.every", "1h");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SalesforceOrgResource.class, Map.of("same-value", "true")));
        }
    }

    @Inject
    WebhookInbox inbox;
    @Inject
    RunJournal journal;

    private SalesforceSimulator org;

    @BeforeEach
    void runOnce() {
        org = SalesforceOrgResource.org;
        if (journal.lastApplied(true).isEmpty()) {
            api().post("/api/runs?confirm=true").then().statusCode(200);
        }
    }

    private String id(int index) {
        return SalesforceOrgResource.ids.get(index);
    }

    private Object status(int index) {
        return org.record("Opportunity", id(index)).get("DealFocus_Status__c");
    }




    @Test
    @Order(1)
    void givenAnotherOrgOrABadEnvelope_noAckAndNothingStored() {
        SalesforceSender.outbound(new SalesforceSender().fromOrg("00D000000000001AAA").opportunity(id(3), null).envelope())
                .statusCode(403).body(containsString("soapenv:Fault")).body(not(containsString("<Ack>")));
        SalesforceSender.outbound("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>")
                .statusCode(400).body(containsString("faultcode"));
        SalesforceSender.outbound("{\"not\":\"xml\"}").statusCode(400).body(containsString("faultcode"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + new SalesforceSender().opportunity("&xxe;", null).envelope().replaceFirst("<\\?xml[^>]*>", "");
        SalesforceSender.outbound(xxe).statusCode(400).body(containsString("faultcode")).body(not(containsString("root:")));
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>&lol2;</soapenv:Body></soapenv:Envelope>";
        SalesforceSender.outbound(bomb).statusCode(400);
        assertThat(inbox.pending(10)).isEmpty();
    }

    @Test
    @Order(2)
    void givenBadlySignedEvents_401AndNothingStored() {
        String body = SalesforceSender.event("Opportunity", id(3), null);
        long now = Instant.now().getEpochSecond();
        SalesforceSender.signed(body, now, "not-the-secret").statusCode(401).body("detail", containsString("signature"));
        SalesforceSender.signed(body, now - 360, SalesforceSender.SECRET).statusCode(401).body("detail", containsString("5 minutes"));
        String timestamp = String.valueOf(now);
        RestAssured.given().contentType("application/json").header("X-DealFocus-Timestamp", timestamp)
                .header("X-DealFocus-Signature", dev.dealfocus.crm.salesforce.ChangeEvents.sign(timestamp, body, SalesforceSender.SECRET))
                .body(body.replace(id(3), id(4))).post("/webhooks/salesforce/events").then().statusCode(401);
        RestAssured.given().contentType("application/json").body(body).post("/webhooks/salesforce/events").then().statusCode(401);
        SalesforceSender.signed("{\"events\":\"none\"}", now, SalesforceSender.SECRET).statusCode(400);
        assertThat(inbox.pending(10)).isEmpty();
    }

    @Test
    @Order(3)
    void givenARepBookedAMeetingOnASilentParkedDeal_anOutboundMessage_isAcknowledgedAndBringsItBack() throws InterruptedException {
        int index = 8; // answers known, silent for 45 days: parked for no dated next step
        assertThat(status(index)).isEqualTo("PARKED");
        org.event(id(index), Instant.now().plus(Duration.ofDays(3)), Instant.now());
        org.edit(id(index), Map.of("NextStep", "Demo on Thursday"));
        Instant sent = Instant.now();
        new SalesforceSender().opportunity(id(index), SalesforceSimulator.PERSON).send().statusCode(200)
                .contentType(containsString("xml")).body(containsString("<Ack>true</Ack>"));
        Object after = WebhookRuns.within(Duration.ofSeconds(20), () -> status(index), s -> !"PARKED".equals(s));
        System.out.printf("Salesforce Outbound Message to CRM write: %d ms%n", Duration.between(sent, Instant.now()).toMillis());
        assertThat(after).isEqualTo("ACTIVE");
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).isEmpty();
    }

    @Test
    @Order(4)
    void givenAHundredNotifications_oneAckAndOneRunReadsThemInOneQuery() throws InterruptedException {
        int runs = WebhookRuns.of(journal).size();
        SalesforceSender sender = new SalesforceSender();
        for (int i = 100; i < 200; i++) {
            sender.opportunity(id(i), SalesforceSimulator.PERSON);
        }
        org.clearRequests();
        String envelope = sender.envelope();
        SalesforceSender.outbound(envelope).statusCode(200).body(containsString("<Ack>true</Ack>"));
        RunSummary run = WebhookRuns.afterOneMore(journal, runs).get(0);
        assertThat(run.read()).isEqualTo(100);
        assertThat(run.writes()).as("nothing changed in those deals").isZero();
        assertThat(org.requests()).filteredOn(r -> r.soql() != null && r.soql().contains("FROM Opportunity WHERE Id IN"))
                .as("100 ids fit one query").hasSize(1);

        // the same message again, as Salesforce redelivers one it saw no Ack for: nothing new stored, no run
        int before = WebhookRuns.of(journal).size();
        SalesforceSender.outbound(envelope).statusCode(200).body(containsString("<Ack>true</Ack>"));
        Thread.sleep(500);
        assertThat(inbox.pending(200)).isEmpty();
        assertThat(WebhookRuns.of(journal)).hasSize(before);
    }

    @Test
    @Order(5)
    void givenASignedEventFromAFlow_itIsStored_andDealFocusOwnChangeSettlesWithoutARun() throws InterruptedException {
        SalesforceSender.signed(SalesforceSender.event("Opportunity", id(20), SalesforceSimulator.PERSON), Instant.now().getEpochSecond(),
                SalesforceSender.SECRET).statusCode(200).body("stored", is(1));
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).isEmpty();
        int runs = WebhookRuns.of(journal).size();
        SalesforceSender.signed(SalesforceSender.event("Opportunity", id(21), SalesforceSimulator.INTEGRATION_USER),
                Instant.now().getEpochSecond(), SalesforceSender.SECRET).statusCode(200).body("stored", is(1));
        new SalesforceSender().opportunity(id(22), SalesforceSimulator.INTEGRATION_USER).send().statusCode(200);
        assertThat(WebhookRuns.within(Duration.ofSeconds(20), () -> inbox.pending(10), List::isEmpty)).isEmpty();
        assertThat(WebhookRuns.of(journal)).as("DealFocus's own changes settle").hasSize(runs);
    }

    @Test
    @Order(6)
    void givenHostileRequests_everyOneGetsA4xxAndNothingIsStored() {
        for (var c : dev.dealfocus.testing.HostileInputs.xml()) {
            int status = dev.dealfocus.testing.HostileInputs.post("/webhooks/salesforce/outbound", c).statusCode();
            assertThat(status).as("outbound: %s", c).isEqualTo(dev.dealfocus.testing.HostileInputs.expected(c));
        }
        for (var c : dev.dealfocus.testing.HostileInputs.json()) {
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            String signature = dev.dealfocus.crm.salesforce.ChangeEvents.sign(timestamp, new String(c.body(),
                    java.nio.charset.StandardCharsets.UTF_8), SalesforceSender.SECRET);
            int status = dev.dealfocus.testing.HostileInputs.post("/webhooks/salesforce/events", c, "X-DealFocus-Timestamp", timestamp,
                    "X-DealFocus-Signature", signature).statusCode();
            assertThat(status).as("events, signed: %s", c).isEqualTo(dev.dealfocus.testing.HostileInputs.expected(c));
        }
        assertThat(inbox.pending(10)).isEmpty();
    }
}
