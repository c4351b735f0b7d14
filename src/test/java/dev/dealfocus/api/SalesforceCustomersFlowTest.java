package dev.dealfocus.api;

import static dev.dealfocus.api.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.dealfocus.testing.salesforce.SalesforceOrgResource;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import dev.dealfocus.testing.salesforce.SalesforceSimulator.Seen;
import dev.dealfocus.testing.salesforce.SampleOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 on a simulated Salesforce org, through the service: the check finds DealFocus's Account fields and Read on
 * Case, a confirmed run writes each light to its Account and the YELLOW and RED actions as Tasks on the Account for its
 * owner, and a second run writes none of them again.
 */
@QuarkusTest
@TestProfile(SalesforceCustomersFlowTest.WithCustomers.class)
class SalesforceCustomersFlowTest {
    public static class WithCustomers implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SalesforceOrgResource.class, Map.of("deals", "24", "customers", "true")));
        }
    }

    @Test
    void givenCustomerAccounts_aRun_writesEachLightAndTheActionsOnceOnTheAccount() {
        SalesforceSimulator org = SalesforceOrgResource.org;
        String green = SampleOrg.NAMES.get("green");
        String yellow = SampleOrg.NAMES.get("yellow");
        String red = SampleOrg.NAMES.get("red");
        api().post("/api/setup/salesforce").then().statusCode(200).body("ready", equalTo(true))
                .body("fieldsOk", hasItems("Account.DealFocus_Health__c", "Account.Last_Login__c", "Case (read)"));

        api().post("/api/runs?confirm=true").then().statusCode(200).body("outcome", equalTo("APPLIED"));

        assertThat(org.record("Account", green)).containsEntry("DealFocus_Health__c", "GREEN");
        assertThat(org.record("Account", yellow)).containsEntry("DealFocus_Health__c", "YELLOW")
                .containsEntry("DealFocus_Health_Reasons__c", "PAYMENT YELLOW");
        assertThat(org.record("Account", red)).containsEntry("DealFocus_Health__c", "RED")
                .containsEntry("DealFocus_Health_Reasons__c", "ESCALATIONS RED");
        assertThat(tasksOn(org, green)).as("GREEN: nothing to do; its High Case is 40 days old").isEmpty();
        assertThat(tasksOn(org, yellow)).as("the signs note and the review meeting").hasSize(2)
                .allSatisfy(t -> assertThat(t).containsEntry("OwnerId", "0055Y00000REP20AAA"));
        assertThat(tasksOn(org, red)).as("the remediation note, the mid and the end review").hasSize(3)
                .allSatisfy(t -> assertThat(t).containsEntry("OwnerId", "0055Y00000REP30AAA"));
        api().get("/api/customers?light=RED").then().statusCode(200).body("id", equalTo(List.of(red)));

        org.clearRequests();
        api().post("/api/runs?confirm=true").then().statusCode(200).body("outcome", equalTo("APPLIED"));
        List<Seen> again = org.requests().stream().filter(Seen::writes).filter(r -> r.body() != null
                && (r.body().toString().contains("\"Account\"") || r.body().toString().contains(red))).toList();
        assertThat(again).as("a second run writes no customer again").isEmpty();
        assertThat(tasksOn(org, red)).hasSize(3);
    }

    private static List<Map<String, Object>> tasksOn(SalesforceSimulator org, String accountId) {
        return org.inspect("Task", all -> all.values().stream().filter(t -> accountId.equals(t.get("WhatId"))).map(Map::copyOf).toList());
    }
}
