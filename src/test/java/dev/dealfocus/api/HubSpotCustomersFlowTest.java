package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.dealfocus.testing.hubspot.HubSpotPortalResource;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.HubSpotSimulator.Seen;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 on a simulated HubSpot portal, through the service: the setup gives companies DealFocus's four customer
 * fields, a confirmed run reads the customer companies (not the lead) with signs from a property, tickets and invoices,
 * writes each light to its company, the YELLOW and RED actions as notes and tasks on the company, for its owner, and a
 * second run writes none of them again.
 */
@QuarkusTest
@TestProfile(HubSpotCustomersFlowTest.WithCustomers.class)
class HubSpotCustomersFlowTest {
    public static class WithCustomers implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HubSpotPortalResource.class, Map.of("deals", "24", "customers", "true")));
        }

        /** The customers' own schedule, set so that it never fires during the test (29 February, 4 o'clock). */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.customers.cron", "0 0 4 29 2 ?");
        }
    }

    @jakarta.inject.Inject
    dev.dealfocus.ops.RunService runs;

    @Test
    void givenCustomerCompanies_setupAndARun_writeEachLightAndTheActionsOnceOnTheCompany() {
        HubSpotSimulator portal = HubSpotPortalResource.portal;
        api().post("/api/setup/hubspot").then().statusCode(200)
                .body("created", hasItems("company property group dealfocus", "company property dealfocus_health",
                        "company property dealfocus_health_reasons", "company property dealfocus_remediation_until",
                        "company property dealfocus_remediation_goals"))
                .body("missingScopes", org.hamcrest.Matchers.empty());
        assertThat(portal.hasProperty("companies", "dealfocus_health")).isTrue();

        api().post("/api/runs?confirm=true").then().statusCode(200).body("outcome", equalTo("APPLIED"));

        assertThat(health(portal, "801")).isEqualTo("GREEN");
        assertThat(health(portal, "802")).isEqualTo("YELLOW");
        assertThat(health(portal, "803")).isEqualTo("RED");
        assertThat(health(portal, "806")).as("three change requests in 90 days; the urgent ticket is 40 days old").isEqualTo("YELLOW");
        assertThat(portal.record("companies", "802").properties.get("dealfocus_health_reasons")).isEqualTo("PAYMENT YELLOW");
        assertThat(portal.record("companies", "806").properties.get("dealfocus_health_reasons")).isEqualTo("CHANGE_REQUESTS YELLOW");
        assertThat(portal.record("companies", "803").properties.get("dealfocus_remediation_until")).as("the end review")
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(portal.record("companies", "803").properties.get("dealfocus_health_reasons")).contains("USAGE RED", "ESCALATIONS RED");
        assertThat(portal.record("companies", "804").properties).as("unknown: nothing written").doesNotContainKey("dealfocus_health");
        assertThat(portal.record("companies", "805").properties).as("a lead is no customer").doesNotContainKey("dealfocus_health");
        assertThat(subjects(portal, "801")).as("GREEN: nothing to do").isEmpty();
        assertThat(portal.onCompany("802", "notes")).hasSize(1);
        assertThat(portal.onCompany("802", "tasks")).hasSize(1).allSatisfy(t -> assertThat(t.properties.get("hubspot_owner_id"))
                .isEqualTo("202"));
        assertThat(portal.onCompany("803", "notes")).hasSize(1)
                .allSatisfy(n -> assertThat(n.properties.get("hs_note_body")).contains("DealFocus ref NOTE:"));
        assertThat(portal.onCompany("803", "tasks")).as("the mid and the end review").hasSize(2)
                .allSatisfy(t -> assertThat(t.properties.get("hubspot_owner_id")).isEqualTo("203"));
        assertThat(portal.violations()).as("request bodies against HubSpot's published spec").isEmpty();

        api().get("/api/customers?light=RED").then().statusCode(200).body("id", equalTo(List.of("803")));
        api().get("/api/customers/804/health").then().statusCode(200).body("customer.unknown", equalTo(true));
        api().get("/api/customers/801/health").then().statusCode(200).body("customer.light", equalTo("GREEN"))
                .body("customer.signals.find { it.kind == 'CHANGE_REQUESTS' }.level", equalTo("FINE"));

        portal.clearRequests();
        api().post("/api/runs?confirm=true").then().statusCode(200).body("outcome", equalTo("APPLIED"));
        List<Seen> again = portal.requests().stream().filter(Seen::writes).filter(r -> r.path().contains("/companies/")
                || r.body() != null && r.body().toString().contains("\"associationTypeId\":19")).toList();
        assertThat(again).as("a second run writes no customer again").isEmpty();
        assertThat(portal.onCompany("803", "tasks")).hasSize(2);

        // a new sign that keeps the light: the reasons on the company follow once, and no note or task is written again
        portal.invoice("806", Map.of("hs_invoice_status", "open", "hs_due_date", java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .minusDays(5).toString(), "hs_balance_due", "80"));
        portal.clearRequests();
        api().post("/api/runs?confirm=true").then().statusCode(200).body("outcome", equalTo("APPLIED"));
        assertThat(health(portal, "806")).isEqualTo("YELLOW");
        assertThat(portal.record("companies", "806").properties.get("dealfocus_health_reasons"))
                .isEqualTo("PAYMENT YELLOW, CHANGE_REQUESTS YELLOW");
        assertThat(portal.requests().stream().filter(Seen::writes).filter(r -> r.path().endsWith("/companies/batch/update")))
                .hasSize(1).allSatisfy(r -> assertThat(r.body().path("inputs")).hasSize(1));
        assertThat(portal.onCompany("806", "notes")).hasSize(1);
        portal.clearRequests();
        api().post("/api/runs?confirm=true").then().statusCode(200);
        assertThat(portal.requests().stream().filter(Seen::writes).filter(r -> r.path().contains("/companies/"))).isEmpty();

        // with their own schedule: a scheduled deal scan leaves the customers alone, the customers' run reads no deal
        portal.company("807", Map.of("name", "Late Signup", "lifecyclestage", "customer", "hubspot_owner_id", "201",
                "last_login_date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(60).toString()));
        portal.clearRequests();
        runs.run(new dev.dealfocus.core.sync.RunRequest(dev.dealfocus.core.port.Trigger.SCHEDULED, false, false));
        assertThat(portal.requests()).noneSatisfy(r -> assertThat(r.path()).endsWith("/companies/search"));
        assertThat(health(portal, "807")).isNull();
        portal.clearRequests();
        var customersRun = runs.run(dev.dealfocus.core.sync.RunRequest.forCustomers());
        assertThat(customersRun.outcome()).isEqualTo(dev.dealfocus.core.port.RunOutcome.APPLIED);
        assertThat(portal.requests()).noneSatisfy(r -> assertThat(r.path()).contains("/deals/"));
        assertThat(health(portal, "807")).isEqualTo("RED");
        assertThat(portal.onCompany("807", "tasks")).hasSize(2);
        api().get("/api/customers/803/health").then().statusCode(200).body("journal.event", hasItem("REMEDIATION_STARTED"));
    }

    private static String health(HubSpotSimulator portal, String id) {
        return portal.inspect(() -> portal.record("companies", id).properties.get("dealfocus_health"));
    }

    private static List<String> subjects(HubSpotSimulator portal, String id) {
        return portal.inspect(() -> portal.onCompany(id, "tasks").stream().map(t -> t.properties.get("hs_task_subject")).toList());
    }
}
