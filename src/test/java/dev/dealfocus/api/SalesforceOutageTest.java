package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.testing.salesforce.SalesforceOrgResource;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Salesforce failing: 5xx, timeouts, reset connections, bodies that are no JSON. Each time the retries
 * give up, the circuit opens, the run ends FAILED with a clear message and writes nothing half; once the
 * org answers again, the next run catches up from the saved cursor, and a write batch that failed is
 * sent again under the same key, never twice.
 */
@QuarkusTest
@TestProfile(SalesforceOutageTest.Impatient.class)
class SalesforceOutageTest {
    /** Short waits, so the outages take milliseconds, not minutes. */
    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.crm.retry.first-backoff", "10ms", "dealfocus.crm.retry.max-backoff", "20ms",
                    "dealfocus.crm.retry.breaker-open-for", "1s", "dealfocus.salesforce.timeout", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SalesforceOrgResource.class, Map.of("same-value", "true", "deals", "60")));
        }
    }

    @Test
    void givenEachKindOfOutage_theRunFailsClearly_andTheNextRunCatchesUp() throws InterruptedException {
        SalesforceSimulator org = SalesforceOrgResource.org;
        assertThat(api().post("/api/runs?confirm=true").then().statusCode(200).extract().jsonPath().getString("outcome"))
                .isEqualTo("APPLIED");
        String quiet = SalesforceOrgResource.ids.get(8); // parked: silent for 45 days
        assertThat(org.record("Opportunity", quiet).get("DealFocus_Status__c")).isEqualTo("PARKED");
        // a rep books a meeting and edits the deal while Salesforce is failing
        org.event(quiet, java.time.Instant.now().plus(java.time.Duration.ofDays(2)), java.time.Instant.now());
        org.edit(quiet, Map.of("NextStep", "Demo on Tuesday"));

        for (String how : List.of("5xx", "timeout", "reset", "garbled")) {
            org.breakNext(p -> p.contains("/query"), how, 10);
            JsonPath run = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
            assertThat(run.getString("outcome")).as(how).isEqualTo("FAILED");
            assertThat(run.getString("message")).as(how).contains("Salesforce");
            assertThat(run.getInt("writes")).as(how).isZero();
            org.heal();
            Thread.sleep(1_100); // the circuit lets a request through again
        }

        // a write batch failing: owed, then sent again under the same key
        org.breakNext(p -> p.contains("/composite/sobjects/Task"), "5xx", 10);
        JsonPath half = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(half.getInt("failed")).as("the note batch failed: %s", half.prettify()).isPositive();
        org.heal();
        Thread.sleep(1_100);
        JsonPath after = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(org.record("Opportunity", quiet).get("DealFocus_Status__c")).as("caught up: runs %s then %s", half.prettify(),
                after.getString("outcome")).isEqualTo("ACTIVE");
        assertThat(org.tasks(quiet).stream().filter(t -> String.valueOf(t.get("DealFocus_Key__c")).startsWith("NOTE:")).count())
                .as("one note per decision").isEqualTo(2);
    }
}
