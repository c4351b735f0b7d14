package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.crm.demo.DemoHands;
import dev.dealfocus.testing.DemoStateResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The README's walk-through, step by step, on the bundled demo pipeline. */
@QuarkusTest
@QuarkusTestResource(DemoStateResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoFlowTest {
    @Inject
    RunJournal journal;
    @Inject
    CrmGateway crm;

    @Test
    @Order(1)
    void givenFirstRun_startRun_isHeldBySafetyCapAndSaysWhy() {
        api().post("/api/runs").then().statusCode(200)
                .body("outcome", equalTo("HELD")).body("assessed", equalTo(48)).body("applied", equalTo(0))
                .body("message", startsWith("The plan would change the status of 46 of 48 managed deals"));
    }

    @Test
    @Order(2)
    void givenDryRun_startRun_previewsThePlanWithNotesAndTasks() {
        JsonPath run = api().post("/api/runs?dryRun=true").then().statusCode(200)
                .body("outcome", equalTo("DRY_RUN")).extract().jsonPath();
        api().get("/api/runs/" + run.getString("id")).then().statusCode(200)
                .body("changes.find { it.dealId == 'D-1018' }.after", equalTo("PARKED"))
                .body("changes.find { it.dealId == 'D-1018' }.reasons.code", hasItem("EXPIRED"))
                .body("changes.find { it.dealId == 'D-1018' }.writes.type", hasItem("note"))
                .body("changes.find { it.dealId == 'D-1018' }.writes.result", hasItem("not applied"))
                .body("leftAlone.reason", hasItem("OPTED_OUT"));
    }

    @Test
    @Order(3)
    void givenConfirm_startRun_appliesAndItsCountsMatchItsJournal() {
        JsonPath run = api().post("/api/runs?confirm=true").then().statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("failed", equalTo(0)).extract().jsonPath();
        String id = run.getString("id");
        JsonPath detail = api().get("/api/runs/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getInt("journalEntries")).isEqualTo(run.getInt("read"));
        assertThat(detail.getList("leftAlone")).hasSize(run.getInt("leftAlone"));
        // the deals' writes, the week's review task for each of the demo's six owners (today is on or after Monday), and
        // the customers': 12 lights (13 known, one set by a person), 4 YELLOW signs notes and review meetings, 5 RED
        // remediation notes with their two reviews
        List<String> noDeal = detail.getList("tasksOnNoDeal.type");
        assertThat(detail.getList("changes.writes.flatten()")).hasSize(run.getInt("writes") - noDeal.size());
        assertThat(detail.getList("changes.writes.flatten().result")).containsOnly("applied");
        assertThat(detail.getList("tasksOnNoDeal.result")).containsOnly("applied");
        assertThat(detail.getList("tasksOnNoDeal.findAll { it.type == 'owner-task' }.ownerId")).containsExactlyInAnyOrder("O-ANNA",
                "O-BEN", "O-CARLA", "O-DAVID", "O-EVA", "O-FELIX");
        assertThat(noDeal).filteredOn("customer-fields"::equals).hasSize(12);
        assertThat(noDeal).filteredOn("customer-note"::equals).hasSize(4 + 5);
        assertThat(noDeal).filteredOn("customer-task"::equals).hasSize(4 + 5 * 2);
        assertThat(journal.entries(id)).hasSize(run.getInt("read"));
        DemoHands demo = new DemoHands((DemoCrm) crm);
        assertThat(demo.notes("D-1018")).singleElement().asString().contains("PARKED since");
        assertThat(demo.tasks("D-1018")).singleElement().asString().startsWith("REENGAGE_TASK due");
    }

    @Test
    @Order(4)
    void givenAppliedRun_immediateSecondRun_writesNothing() {
        api().post("/api/runs").then().statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("writes", equalTo(0)).body("statusChanges", equalTo(0));
    }

    @Test
    @Order(5)
    void givenAssessedDeal_assessment_explainsEveryPoint() {
        api().get("/api/deals/D-1018/assessment").then().statusCode(200)
                .body("status", equalTo("PARKED")).body("shownInCrm", equalTo("PARKED"))
                .body("score", equalTo(80)).body("dimensions.size()", equalTo(5))
                .body("dimensions[0].evidence", equalTo("Problem: Incident reports take a week"))
                .body("reasons[0].code", equalTo("EXPIRED"))
                .body("expiry.expired", equalTo(true))
                .body("valuePerHour.teamMedian", org.hamcrest.Matchers.notNullValue())
                .body("lastApplied.status", equalTo("PARKED"));
    }

    @Test
    @Order(6)
    void givenOptedOutDeal_assessment_saysItIsLeftAlone() {
        api().get("/api/deals/D-1049/assessment").then().statusCode(200).body("leftAlone", equalTo("OPTED_OUT"));
    }

    @Test
    @Order(7)
    void givenRuns_listRuns_showsNewestFirst() {
        api().get("/api/runs?limit=2").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].writes", equalTo(0)).body("[1].outcome", equalTo("APPLIED"));
    }

    @Test
    @Order(8)
    void givenAppliedRuns_weeklyReview_listsTheOwnersDealsInTheSectionsInOrder() {
        var review = api().get("/api/reviews/weekly?owner=O-ANNA").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(review.getList("sections.kind", String.class)).containsExactly("PROPOSALS",
                "EXPIRING", "NEXT_STEPS", "LOW_VALUE", "CHANGES", "APPENDIX");
        java.util.List<String> appendix = review.getList("sections[5].entries.dealId", String.class);
        org.assertj.core.api.Assertions.assertThat(appendix).isNotEmpty().allMatch(id -> id.startsWith("D-"));
        org.assertj.core.api.Assertions.assertThat(review.getList("sections.entries.ownerId.flatten()", String.class))
                .containsOnly("O-ANNA");
        int decisions = 0;
        for (int i = 0; i < 5; i++) {
            decisions += review.getList("sections[" + i + "].entries.dealId", String.class).size();
        }
        org.assertj.core.api.Assertions.assertThat(decisions).as("each deal counted once in the decision sections")
                .isLessThanOrEqualTo(appendix.size());
        org.assertj.core.api.Assertions.assertThat(review.getInt("counts.APPENDIX")).isEqualTo(appendix.size());
        org.assertj.core.api.Assertions.assertThat(review.getString("week")).matches("\\d{4}-W\\d{2}");

        String markdown = api().accept("text/markdown").get("/api/reviews/weekly?owner=O-ANNA").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/markdown")).extract().asString();
        try { // kept for docs/reviews.md's example
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "weekly-review-O-ANNA.md"), markdown);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.assertj.core.api.Assertions.assertThat(markdown).startsWith("# Weekly review").contains("## Proposals awaiting a person")
                .contains("## Every open deal");
        org.assertj.core.api.Assertions.assertThat(markdown.indexOf("## Expiring")).isLessThan(markdown.indexOf("## Next steps"));
        String csv = api().accept("text/csv").get("/api/reviews/weekly?owner=O-ANNA").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("week,section,deal_id,deal,owner,status,score,facts,action\n");
        api().get("/api/reviews/weekly?week=2026-49").then().statusCode(400).contentType("application/problem+json");
        api().get("/api/reviews/weekly?owner=" + "x".repeat(200)).then().statusCode(400);
    }

    @Test
    @Order(9)
    void givenAppliedRuns_timeEaters_listAtMostFiveDealsPerTeamWithEffortAndTheSuggestedAction() {
        var list = api().get("/api/reports/time-eaters").then().statusCode(200).contentType("application/json").extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(list.getString("quarter")).matches("\\d{4}-Q[1-4]");
        java.util.List<String> teams = list.getList("teams.team", String.class);
        org.assertj.core.api.Assertions.assertThat(teams).isNotEmpty();
        for (int t = 0; t < teams.size(); t++) {
            java.util.List<Float> hours = list.getList("teams[" + t + "].deals.effortHours", Float.class);
            org.assertj.core.api.Assertions.assertThat(hours).hasSizeBetween(1, 5).allMatch(h -> h > 0)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            org.assertj.core.api.Assertions.assertThat(list.getList("teams[" + t + "].deals.suggestion", String.class))
                    .allMatch(s -> s.matches("CLOSE|PARK|KEEP"));
            org.assertj.core.api.Assertions.assertThat(list.getList("teams[" + t + "].deals.action", String.class)).allMatch(a -> !a.isBlank());
        }
        String markdown = api().accept("text/markdown").get("/api/reports/time-eaters?quarter=" + list.getString("quarter")).then()
                .statusCode(200).extract().asString();
        try { // kept for docs/reviews.md's example
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "time-eaters.md"), markdown);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.assertj.core.api.Assertions.assertThat(markdown).startsWith("# Time-eaters ").contains("| deal | owner | effort (h)");
        api().accept("text/csv").get("/api/reports/time-eaters").then().statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("quarter,team,deal_id"));
        api().get("/api/reports/time-eaters?quarter=2026-Q5").then().statusCode(400);
        api().get("/api/reports/time-eaters?quarter=2020-Q1").then().statusCode(200).body("teams", org.hamcrest.Matchers.empty());
    }

    @Test
    @Order(10)
    void givenAppliedScans_customers_showTheirLightWithEverySignAndTheRemediation() {
        api().get("/api/customers?light=RED").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains("C-2008", "C-2009", "C-2010", "C-2011", "C-2014"));
        api().get("/api/customers?light=unknown").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.containsInAnyOrder("C-2012", "C-2013"));
        api().get("/api/customers").then().statusCode(200).body("size()", equalTo(15));
        api().get("/api/customers/C-2008/health").then().statusCode(200)
                .body("customer.light", equalTo("RED"))
                .body("customer.signals.find { it.kind == 'PAYMENT' }.level", equalTo("RED"))
                .body("customer.signals.find { it.kind == 'PAYMENT' }.evidence.days", equalTo("31"))
                .body("remediation.goals.code", org.hamcrest.Matchers.contains("OVERDUE_PAID", "NO_NEW_RED"))
                .body("remediation.goals.now", org.hamcrest.Matchers.contains("UNMET", "UNMET"))
                .body("owedWrites.kind", org.hamcrest.Matchers.contains("REMEDIATION_NOTE", "MID_REVIEW_TASK", "END_REVIEW_TASK"))
                .body("journal.event", org.hamcrest.Matchers.hasItem("REMEDIATION_STARTED"));
        api().get("/api/customers/C-2015/health").then().statusCode(200).body("customer.heldByHand", equalTo(true))
                .body("customer.light", equalTo("GREEN"));
        api().get("/api/customers?light=PURPLE").then().statusCode(400);
        api().get("/api/customers/C-9999/health").then().statusCode(404);
    }
}
