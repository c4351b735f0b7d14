package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.dealfocus.testing.salesforce.SalesforceOrgResource;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import dev.dealfocus.testing.salesforce.SalesforceSimulator.Seen;
import dev.dealfocus.testing.salesforce.SampleOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole loop on a Salesforce-compatible server (a simulated org of 300 open Opportunities speaking
 * Salesforce's REST API): with only the provider and the login keys set, a dry run writes nothing, the
 * confirmed first run writes only through sObject Collections and parks the quiet Opportunities, and
 * an immediate second run writes nothing though the completed note Tasks moved LastActivityDate.
 */
@QuarkusTest
@TestProfile(SalesforceFlowTest.OnSalesforce.class)
class SalesforceFlowTest {
    /** provider=salesforce and the login keys, nothing else: the shipped defaults do the rest. */
    public static class OnSalesforce implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SalesforceOrgResource.class));
        }
    }

    private static List<Seen> writes(SalesforceSimulator org) {
        return org.requests().stream().filter(Seen::writes).toList();
    }

    private static Map<String, Long> byKind(List<Seen> requests) {
        return requests.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.method() + " " + r.path()
                + (r.soql() == null ? "" : " FROM " + r.soql().replaceAll(".* FROM (\\w+)( .*)?$", "$1")),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    @Test
    void givenOnlyProviderAndLogin_runs_scoreParkAndWriteNothingTwice() {
        SalesforceSimulator org = SalesforceOrgResource.org;

        // the check of the org: ready, and nothing written
        org.clearRequests();
        api().post("/api/setup/salesforce").then().statusCode(200).body("ready", equalTo(true))
                .body("problems", empty());
        assertThat(writes(org)).as("the check changes nothing").isEmpty();

        // a dry run: reads and plans, writes nothing
        org.clearRequests();
        JsonPath dry = api().post("/api/runs?dryRun=true").then().statusCode(200).extract().jsonPath();
        assertThat(dry.getString("outcome")).isEqualTo("DRY_RUN");
        assertThat(writes(org)).as("a dry run writes nothing").isEmpty();
        List<Seen> dryRequests = org.requests();

        // the first real run, confirmed
        org.clearRequests();
        JsonPath first = api().post("/api/runs?confirm=true").then().statusCode(200).extract().jsonPath();
        List<Seen> firstRequests = org.requests();
        assertThat(first.getString("outcome")).as("run %s", first.prettify()).isEqualTo("APPLIED");
        assertThat(first.getInt("assessed")).isEqualTo(SalesforceOrgResource.DEALS);
        assertThat(first.getInt("failed")).isZero();
        assertThat(first.getLong("apiCalls")).as("the summary counts what Salesforce received").isEqualTo(firstRequests.size());
        assertThat(writes(org)).isNotEmpty().allSatisfy(w -> assertThat(w.path()).contains("/composite/sobjects"));
        assertThat(writes(org)).allSatisfy(w -> assertThat(w.body().path("records").size()).isBetween(1, 200));
        assertThat(org.violations()).as("request bodies against Salesforce's shapes").isEmpty();
        for (int i = 0; i < SalesforceOrgResource.DEALS; i++) {
            Map<String, Object> deal = org.record("Opportunity", SalesforceOrgResource.ids.get(i));
            assertThat(deal.get("DealFocus_Score__c")).as("deal %d scored", i).isNotNull();
            if (SampleOrg.quiet(i)) {
                assertThat(deal.get("DealFocus_Status__c")).as("quiet deal %d", i).isEqualTo("PARKED");
                assertThat(org.tasks(SalesforceOrgResource.ids.get(i))).as("its note, a completed Task")
                        .anySatisfy(t -> assertThat(t.get("Status")).isEqualTo("Completed"));
            }
        }

        // the week's review task for each owner with deals (today is on or after Monday): a Task with OwnerId, no WhatId
        assertThat(org.tasksOnNoRecord()).hasSize(6).allSatisfy(t -> {
            assertThat(String.valueOf(t.get("DealFocus_Key__c"))).startsWith("REVIEW_TASK:");
            assertThat(String.valueOf(t.get("Subject"))).startsWith("Weekly pipeline review ");
            assertThat(String.valueOf(t.get("OwnerId"))).startsWith("0055Y00000REP");
        }).extracting(t -> t.get("OwnerId")).doesNotHaveDuplicates();

        // an immediate second run: the completed note Tasks moved LastActivityDate; nothing to write
        org.clearRequests();
        JsonPath second = api().post("/api/runs").then().statusCode(200).extract().jsonPath();
        assertThat(writes(org)).as("the second run writes nothing").isEmpty();
        assertThat(second.getInt("writes")).isZero();
        // the org's daily usage, as its last answer's Sforce-Limit-Info said it
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("dealfocus_crm_daily_used{crm=\"salesforce\"} " + (double) org.dailyUsed())
                .contains("dealfocus_crm_daily_limit{crm=\"salesforce\"} 100000.0");
        System.out.printf("Salesforce, %d open Opportunities: dry run (the service's first contact) %d calls %s; first run %d calls"
                        + " (%d writes) %s; immediate second run %d calls %s%n", SalesforceOrgResource.DEALS, dryRequests.size(),
                byKind(dryRequests), firstRequests.size(), firstRequests.stream().filter(Seen::writes).count(),
                byKind(firstRequests), org.requests().size(), byKind(org.requests()));
    }
}
