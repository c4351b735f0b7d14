package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.dealfocus.testing.DemoStateResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(DemoStateResource.class)
class OperationsTest {

    @Test
    void givenRunningService_readiness_reflectsTheStoreOnly() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"))
                .body("checks.name", not(org.hamcrest.Matchers.hasItem("crm-demo")));
    }

    @Test
    void givenRunningService_crmHealthGroup_reportsTheCrm() {
        given().get("/q/health/group/crm").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("crm-demo"));
    }

    @Test
    void givenARun_metrics_countRunsCrmCallsAndDealsPerStatus() {
        api().post("/api/runs?dryRun=true").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("dealfocus_runs_total{outcome=\"DRY_RUN\",trigger=\"MANUAL\"}"))
                .body(containsString("dealfocus_crm_calls_total"))
                .body(containsString("dealfocus_run_duration_seconds"))
                .body(containsString("dealfocus_deals{status=\"PARKED\"}"));
    }

    @Test
    void givenRunningService_openapi_documentsTheApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/runs"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/deals/{id}/assessment"));
    }
}
