package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.testing.LogCapture;
import dev.dealfocus.testing.salesforce.SalesforceOrgResource;
import dev.dealfocus.testing.salesforce.SalesforceSender;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
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
 * Secrets never leave the service on Salesforce: a check, a dry run, a confirmed run, a run against an
 * org that fails every request, an expired session, and refused webhooks, with every log line (and its
 * stack trace), API answer, metric and health answer captured and searched for the client secret, the
 * webhook secret, the API key and every access token the org issued.
 */
@QuarkusTest
@TestProfile(SalesforceSecretsTest.WithSecrets.class)
class SalesforceSecretsTest {
    /** The org, its id and the Flow's secret. */
    public static class WithSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // short waits between retries: the failing org is retried, not waited for
            return Map.of("dealfocus.salesforce.organization-id", SalesforceSimulator.ORG_ID,
                    "dealfocus.salesforce.webhook-secret", SalesforceSender.SECRET,
                    "dealfocus.crm.retry.first-backoff", "10ms", "dealfocus.crm.retry.max-backoff", "20ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SalesforceOrgResource.class, Map.of("deals", "40")));
        }
    }

    @Test
    void givenRunsFailuresAndRefusedRequests_noSecretAppearsAnywhere() {
        SalesforceSimulator org = SalesforceOrgResource.org;
        LogCapture capture = LogCapture.start();
        List<String> answers = new ArrayList<>();
        try {
            answers.add(api().post("/api/setup/salesforce").then().extract().asString());
            answers.add(api().post("/api/runs?dryRun=true").then().extract().asString());
            answers.add(api().post("/api/runs?confirm=true").then().extract().asString());
            org.expireSessions();
            answers.add(api().post("/api/runs?dryRun=true").then().extract().asString());
            for (int i = 0; i < 12; i++) {
                org.failNext(p -> true, 503, "[{\"message\":\"down\",\"errorCode\":\"SERVER_UNAVAILABLE\"}]", Map.of());
            }
            answers.add(api().post("/api/runs?dryRun=true").then().extract().asString());
            answers.add(SalesforceSender.signed(SalesforceSender.event("Opportunity", SalesforceOrgResource.ids.get(1), null),
                    Instant.now().getEpochSecond(), "a-wrong-secret").extract().asString());
            answers.add(SalesforceSender.outbound(new SalesforceSender().fromOrg("00D000000000001AAA")
                    .opportunity(SalesforceOrgResource.ids.get(1), null).envelope()).extract().asString());
            answers.add(RestAssured.given().header("X-API-Key", "not-the-key").get("/api/runs").then().extract().asString());
            String runs = api().get("/api/runs").then().statusCode(200).extract().asString();
            answers.add(runs);
            for (String id : io.restassured.path.json.JsonPath.from(runs).getList("id", String.class)) {
                answers.add(api().get("/api/runs/" + id).then().extract().asString());
            }
            answers.add(api().get("/api/deals/" + SalesforceOrgResource.ids.get(2) + "/assessment").then().extract().asString());
            answers.add(RestAssured.get("/q/metrics").then().extract().asString());
            answers.add(RestAssured.get("/q/health").then().extract().asString());
            answers.add(RestAssured.get("/q/health/group/crm").then().extract().asString());
        } finally {
            capture.stop();
        }
        List<String> secrets = new ArrayList<>(List.of(SalesforceSimulator.CLIENT_SECRET, SalesforceSender.SECRET, "test-key"));
        secrets.addAll(org.issuedTokens());
        assertThat(org.issuedTokens()).as("a login after the session expired").hasSizeGreaterThanOrEqualTo(2);
        String everything = String.join("\n", answers) + "\n" + String.join("\n", capture.lines());
        assertThat(capture.lines()).as("the failing run was logged").isNotEmpty();
        for (String secret : secrets) {
            assertThat(everything).as("a secret in what the service showed").doesNotContain(secret);
        }
    }
}
