package dev.dealfocus.api;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.dealfocus.api.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.dealfocus.testing.DemoStateResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad requests get a 4xx problem answer naming what is wrong, never a 500. */
@QuarkusTest
@QuarkusTestResource(DemoStateResource.class)
class ApiErrorsTest {

    @Test
    void givenNoApiKey_anyApiCall_answers401Problem() {
        given().get("/api/runs").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("detail", containsString("X-API-Key"));
    }

    @Test
    void givenWrongApiKey_anyApiCall_answers401Problem() {
        given().header("X-API-Key", "guess").post("/api/runs?dryRun=true").then().statusCode(401)
                .contentType("application/problem+json").body("detail", equalTo("The API key in X-API-Key is not valid."));
    }

    @Test
    void givenUnknownDealId_assessment_answers404Problem() {
        api().get("/api/deals/D-9999/assessment").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found")).body("detail", equalTo("The CRM has no deal with id D-9999."));
    }

    @Test
    void givenUnknownRunId_run_answers404Problem() {
        api().get("/api/runs/no-such-run").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No run with id no-such-run."));
    }

    @Test
    void givenMalformedJsonBody_startRun_answers400Problem() {
        api().contentType("application/json").body("{\"dryRun\": tru").post("/api/runs").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON"));
    }

    @Test
    void givenWrongTypeInBody_startRun_answers400Problem() {
        api().contentType("application/json").body("{\"dryRun\": \"sometimes\"}").post("/api/runs").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void givenBadQueryParameter_startRun_answers400ProblemNamingIt() {
        api().post("/api/runs?dryRun=maybe").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("dryRun must be true or false, was maybe"));
    }

    @Test
    void givenDryRunAndConfirmTogether_startRun_answers400Problem() {
        api().post("/api/runs?dryRun=true&confirm=true").then().statusCode(400)
                .body("detail", containsString("exclude each other"));
    }

    @Test
    void givenBadLimit_listRuns_answers400Problem() {
        api().get("/api/runs?limit=lots").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit must be a whole number from 1 to 500"));
    }

    @Test
    void givenUnknownApiPath_answers404Problem() {
        api().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void givenWrongMethod_answers405Problem() {
        api().delete("/api/runs").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void givenHostileBodiesPathsAndHeaders_theApiAnswers4xxAndStartsNoRun() {
        int runs = api().get("/api/runs").then().statusCode(200).extract().jsonPath().getList("id").size();
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        for (var c : dev.dealfocus.testing.HostileInputs.json()) {
            int status = dev.dealfocus.testing.HostileInputs.post("/api/runs?dryRun=true", c, "X-API-Key", Api.KEY).statusCode();
            seen.put("POST /api/runs: " + c, status);
        }
        seen.put("absurdly long deal id", api().get("/api/deals/" + "D".repeat(10_000) + "/assessment") /* past the line limit, yet within one socket buffer: no broken pipe */.then().extract().statusCode());
        seen.put("path traversal", api().get("/api/deals/..%2F..%2Fetc%2Fpasswd/assessment").then().extract().statusCode());
        seen.put("header injection in the key", given().header("X-API-Key", "test-key\r\nX-Admin: yes").get("/api/runs")
                .then().extract().statusCode());
        seen.put("setup of another CRM", api().post("/api/setup/salesforce").then().extract().statusCode());
        assertThat(seen).allSatisfy((what, status) -> assertThat(status).as(what).isBetween(400, 499));
        assertThat(api().get("/api/runs").then().statusCode(200).extract().jsonPath().getList("id")).as("no run started").hasSize(runs);
    }

    @Test
    void givenAReadersKey_itMayReadButNotStartARun_andRefusalsAreCounted() {
        given().header("X-API-Key", "test-reader-key").get("/api/runs").then().statusCode(200);
        given().header("X-API-Key", "test-reader-key").post("/api/runs?dryRun=true").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("This key or token may only read."));
        given().header("X-API-Key", "guess").get("/api/runs").then().statusCode(401);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("dealfocus_api_auth_failures_total{reason=\"forbidden\"}")
                .contains("dealfocus_api_auth_failures_total{reason=\"invalid\"}");
    }
}
