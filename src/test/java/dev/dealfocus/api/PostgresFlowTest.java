package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.hamcrest.Matchers.equalTo;

import dev.dealfocus.testing.DemoStateResource;
import dev.dealfocus.testing.PostgresProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The same service on real PostgreSQL, as production runs it. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@QuarkusTestResource(DemoStateResource.class)
class PostgresFlowTest {

    @Test
    void givenPostgres_confirmedRunThenSecondRun_appliesOnceAndThenWritesNothing() {
        api().post("/api/runs?confirm=true").then().statusCode(200).body("outcome", equalTo("APPLIED"))
                .body("assessed", equalTo(48)).body("failed", equalTo(0));
        api().post("/api/runs").then().statusCode(200).body("writes", equalTo(0));
        api().get("/api/deals/D-1018/assessment").then().statusCode(200).body("lastApplied.status", equalTo("PARKED"));
        // the review's queries (a window function, grouping over the journal) on PostgreSQL too
        api().get("/api/reviews/weekly?team=").then().statusCode(200).body("counts.APPENDIX", equalTo(48));
    }
}
