package dev.dealfocus.crm.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.crm.shared.CustomerProperties;
import dev.dealfocus.crm.shared.CustomerRecords;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 on a simulated Salesforce org: the light a person set read from DealFocus's Account field, escalations and
 * change requests counted from Cases by aggregate queries, the Account fields written by an update, notes and tasks as
 * Tasks on the Account upserted on their key (a create sent twice makes one), and the setup check of the Account fields
 * and of Read on Case.
 */
@QuarkusTest
class SalesforceCustomersTest {
    private static final String OWNER = "0055Y00000OWNR1AAA";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final CustomerProperties SIGNS = new CustomerProperties("Last_Login__c", "Oldest_Unpaid_Due__c", null, null, null,
            null, null, new CustomerRecords.Settings(true, List.of("High"), "Change Request", false));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZONE);
    private final ApiCalls calls = new ApiCalls();
    private SalesforceSimulator org;
    private SalesforceCrm crm;
    private String hafen;
    private String isar;

    @BeforeEach
    void org() {
        org = new SalesforceSimulator(clock);
        org.user(OWNER, "Ana Rep", "Enterprise");
        hafen = org.account("Hafen Logistik", "Customer - Direct", Map.of("OwnerId", OWNER, "Last_Login__c", LocalDate.of(2026, 11, 28),
                "DealFocus_Health__c", "YELLOW"));
        isar = org.account("Isar Software", "Customer - Channel", Map.of("OwnerId", OWNER, "Last_Login__c", LocalDate.of(2026, 11, 20)));
        Instant now = clock.instant();
        org.caseOf(hafen, now.minus(Duration.ofDays(29)), Map.of("Priority", "Medium", "IsEscalated", true));
        org.caseOf(hafen, now.minus(Duration.ofDays(31)), Map.of("Priority", "High"));
        org.caseOf(isar, now.minus(Duration.ofDays(2)), Map.of("Priority", "High"));
        org.caseOf(isar, now.minus(Duration.ofDays(3)), Map.of("Priority", "Low"));
        for (int days : new int[] {10, 50, 89, 91}) {
            org.caseOf(isar, now.minus(Duration.ofDays(days)), Map.of("Priority", "Low", "Type", "Change Request"));
        }
        org.serve();
        crm = SalesforceCrm.connect(new SalesforceCrm.Settings(URI.create(org.baseUrl() + "/"), SalesforceSimulator.CLIENT_ID,
                SalesforceSimulator.CLIENT_SECRET, null, null, false, SalesforceSimulator.VERSION, SalesforceSimulator.ORG_ID,
                Duration.ofSeconds(5), 100, 0.8, 200, true, null, ZONE, LocalTime.of(9, 0), "Department", 180, Map.of(),
                Duration.ofHours(1), ActivityTypes.DEFAULT, SIGNS, null), Mappers.service(), clock, clock::advance);
    }

    @AfterEach
    void stop() {
        assertThat(org.violations()).as("request bodies against Salesforce's shapes").isEmpty();
        org.shutdown();
    }

    @Test
    void givenCases_readCustomers_countsEscalationsOfThirtyDaysAndChangeRequestsOfNinety_byAggregateQueries() {
        var page = crm.readCustomers(null, calls);

        CustomerFacts h = page.customers().stream().filter(c -> c.id().equals(hafen)).findFirst().orElseThrow();
        CustomerFacts i = page.customers().stream().filter(c -> c.id().equals(isar)).findFirst().orElseThrow();
        assertThat(h.escalations()).as("escalated 29 days ago; the High one is 31 days old").isEqualTo(1);
        assertThat(h.changeRequests()).as("none: data, not unknown").isZero();
        assertThat(h.shownLight()).as("the light a person set").isEqualTo(Light.YELLOW);
        assertThat(i.escalations()).as("High, two days ago; a Low one is none").isEqualTo(1);
        assertThat(i.changeRequests()).as("10, 50 and 89 days; 91 is out").isEqualTo(3);
        List<String> caseQueries = org.requests().stream().map(SalesforceSimulator.Seen::soql)
                .filter(q -> q != null && q.contains("FROM Case")).toList();
        assertThat(caseQueries).hasSize(2).allSatisfy(q -> assertThat(q).startsWith("SELECT AccountId, COUNT(Id) n FROM Case WHERE")
                .endsWith("GROUP BY AccountId"));
        assertThat(caseQueries.get(0)).contains("CreatedDate >= 2026-10-31T09:00:00Z AND (IsEscalated = true OR Priority IN ('High'))");
        assertThat(caseQueries.get(1)).contains("CreatedDate >= 2026-09-01T09:00:00Z AND Type = 'Change Request'");
    }

    @Test
    void givenTheAccountFields_writesCustomers_updatesTheAccountAndUpsertsItsTasksOnce() {
        crm.readSchema(calls);
        assertThat(crm.writesCustomers()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("health", "RED");
        fields.put("health_reasons", "ESCALATIONS RED");
        fields.put("remediation_until", "2027-01-11");
        fields.put("remediation_goals", "NO_NEW_ESCALATION");

        List<WriteResult> updated = crm.apply(List.of(new CrmWrite.CustomerFields(isar, "cf-1", fields)), calls);
        CrmWrite.CustomerTask task = new CrmWrite.CustomerTask(isar, "ct-1", OWNER, LocalDate.of(2026, 12, 21), "Mid review: Isar Software",
                "Measure the goals.");
        List<WriteResult> created = crm.apply(List.of(task), calls);
        List<WriteResult> again = crm.apply(List.of(task), calls);
        List<WriteResult> note = crm.apply(List.of(new CrmWrite.CustomerNote(isar, "cn-1", OWNER, clock.instant(),
                "Remediation plan\nGoals: ...")), calls);

        assertThat(updated).singleElement().extracting(WriteResult::outcome).isEqualTo(WriteResult.Outcome.APPLIED);
        Map<String, Object> account = org.record("Account", isar);
        assertThat(account).containsEntry("DealFocus_Health__c", "RED").containsEntry("DealFocus_Health_Reasons__c", "ESCALATIONS RED")
                .containsEntry("DealFocus_Remediation_Goals__c", "NO_NEW_ESCALATION");
        assertThat(String.valueOf(account.get("DealFocus_Remediation_Until__c"))).isEqualTo("2027-01-11");
        assertThat(again.get(0).crmId()).as("the upsert on the key finds the first").isEqualTo(created.get(0).crmId());
        List<Map<String, Object>> tasks = org.inspect("Task", all -> all.values().stream().filter(t -> isar.equals(t.get("WhatId")))
                .map(Map::copyOf).toList());
        assertThat(tasks).hasSize(2);
        assertThat(tasks).anySatisfy(t -> assertThat(t).containsEntry("Subject", "Mid review: Isar Software")
                .containsEntry("Status", "Not Started").containsEntry("DealFocus_Key__c", "CUSTOMER_TASK:ct-1"));
        assertThat(tasks).anySatisfy(t -> assertThat(t).containsEntry("Status", "Completed").containsEntry("DealFocus_Key__c", "NOTE:cn-1"));
        assertThat(crm.findCreated(List.of(task), calls)).containsEntry("ct-1", created.get(0).crmId());

        fields.put("remediation_until", "");
        crm.apply(List.of(new CrmWrite.CustomerFields(isar, "cf-2", fields)), calls);
        assertThat(org.record("Account", isar).get("DealFocus_Remediation_Until__c")).as("an empty value clears the field").isNull();
    }

    @Test
    void givenAnOrgWithoutTheHealthField_theCheckNamesIt_andNothingIsWrittenToAccounts() {
        org.drop("Account", "DealFocus_Health__c");

        SalesforceSetupCheck.Report report = crm.setupCheck().run(List.of(), calls);

        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("Account.DealFocus_Health__c is missing"));
        assertThat(report.fieldsOk()).contains("Account.DealFocus_Health_Reasons__c", "Account.Last_Login__c", "Case (read)");
        assertThat(crm.writesCustomers()).isFalse();
        var page = crm.readCustomers(null, calls);
        assertThat(page.customers()).allSatisfy(c -> assertThat(c.shownLight()).isNull());
    }
}
