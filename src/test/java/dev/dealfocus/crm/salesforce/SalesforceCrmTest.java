package dev.dealfocus.crm.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.TaskPriority;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import dev.dealfocus.testing.salesforce.SalesforceSimulator.Seen;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Salesforce gateway on a simulated org: both logins, an expired session, paging, incremental
 * windows, DealFocus's own Tasks against people's activity, per-record refusals, the upsert on the
 * External ID, and the daily limit.
 */
@QuarkusTest
class SalesforceCrmTest {
    private static final ReadSpec SPEC = new ReadSpec(Set.of("Amount"));
    private static final Instant CREATED = Instant.parse("2026-09-01T08:00:00Z");
    private static final String OWNER = "0055Y00000OWNR1AAA";
    private static final String FALLBACK = "0055Y00000FALLBAAA";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZONE);
    private final ApiCalls calls = new ApiCalls();
    private SalesforceSimulator org;
    private String acme;
    private String globex;

    @BeforeEach
    void org() {
        org = new SalesforceSimulator(clock);
        org.user(OWNER, "Ana Rep", "Enterprise");
        org.user(FALLBACK, "Team Lead", "Enterprise");
        acme = org.opportunity(CREATED, Map.of("Name", "Acme", "OwnerId", OWNER, "StageName", "Qualification", "Amount", "20000",
                "CloseDate", LocalDate.of(2027, 1, 15)));
        globex = org.opportunity(CREATED, Map.of("Name", "Globex", "OwnerId", OWNER, "StageName", "Prospecting"));
        org.serve();
    }

    @AfterEach
    void stop() {
        assertThat(org.violations()).as("request bodies against Salesforce's shapes").isEmpty();
        org.shutdown();
    }

    private SalesforceCrm.Settings clientCredentials(String secret) {
        return new SalesforceCrm.Settings(URI.create(org.baseUrl() + "/"), SalesforceSimulator.CLIENT_ID, secret, null, null, false,
                SalesforceSimulator.VERSION, SalesforceSimulator.ORG_ID, Duration.ofSeconds(5), 100, 0.8, 200, true, FALLBACK, ZONE,
                LocalTime.of(9, 0), "Department", 180, Map.of(), Duration.ofHours(1));
    }

    private SalesforceCrm.Settings jwt(boolean sandbox) {
        return new SalesforceCrm.Settings(URI.create(org.baseUrl() + "/"), SalesforceSimulator.CLIENT_ID, null,
                SalesforceSimulator.USERNAME, org.privateKey(), sandbox, SalesforceSimulator.VERSION, null, Duration.ofSeconds(5), 100,
                0.8, 200, true, FALLBACK, ZONE, LocalTime.of(9, 0), "Department", 180, Map.of(), Duration.ofHours(1));
    }

    private SalesforceCrm crm(SalesforceCrm.Settings settings) {
        return SalesforceCrm.connect(settings, Mappers.service(), clock, clock::advance);
    }

    private SalesforceCrm crm() {
        return crm(clientCredentials(SalesforceSimulator.CLIENT_SECRET));
    }

    private DealSnapshot read(SalesforceCrm crm, String id) {
        return crm.readDealsById(SPEC, List.of(id), calls).deals().get(0);
    }

    // ---- logging in

    @Test
    void givenClientCredentials_oneLoginServesEveryRequest_andTheAccountIsTheOrg() {
        SalesforceCrm crm = crm();
        assertThat(crm.account(calls)).isEqualTo(SalesforceSimulator.ORG_ID.substring(0, 15));
        read(crm, acme);
        read(crm, globex);
        assertThat(org.logins()).containsExactly("200 client_credentials");
    }

    @Test
    void givenTheJwtBearerFlow_aSignedAssertionForTheProductionAudienceLogsIn() {
        SalesforceCrm crm = crm(jwt(false));
        assertThat(read(crm, acme).name()).isEqualTo("Acme");
        assertThat(org.logins()).containsExactly("200 urn:ietf:params:oauth:grant-type:jwt-bearer");
    }

    @Test
    void givenASandbox_theJwtAudienceMustBeTestSalesforce() {
        org.sandbox();
        assertThatThrownBy(() -> read(crm(jwt(false)), acme)).isInstanceOf(CrmException.class)
                .hasMessageContaining("audience").hasMessageContaining("dealfocus.salesforce.sandbox")
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.FAIL_FAST));
        assertThat(read(crm(jwt(true)), acme).name()).isEqualTo("Acme");
    }

    @Test
    void givenAWrongSecret_theLoginFailsFastNamingTheSetting_andNeverTheSecret() {
        assertThatThrownBy(() -> read(crm(clientCredentials("wrong-secret-value")), acme)).isInstanceOf(CrmException.class)
                .hasMessageContaining("dealfocus.salesforce.client-secret").hasMessageNotContaining("wrong-secret-value")
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.FAIL_FAST));
    }

    @Test
    void givenTheSessionExpiresMidRun_oneNewLoginAndTheRequestIsAskedAgain() {
        SalesforceCrm crm = crm();
        read(crm, acme);
        org.expireSessions();
        assertThat(read(crm, globex).name()).isEqualTo("Globex");
        assertThat(org.logins()).hasSize(2);
        assertThat(org.requests()).filteredOn(r -> r.status() == 401).hasSize(1);
    }

    @Test
    void givenALoginIntoAnotherOrg_theAccountCheckNamesOrganizationId() {
        SalesforceCrm.Settings other = clientCredentials(SalesforceSimulator.CLIENT_SECRET);
        SalesforceCrm crm = crm(new SalesforceCrm.Settings(other.loginUrl(), other.clientId(), other.clientSecret(), null, null, false,
                other.apiVersion(), "00D000000000001", other.timeout(), 100, 0.8, 200, true, null, ZONE, LocalTime.of(9, 0),
                "Department", 180, Map.of(), Duration.ofHours(1)));
        assertThatThrownBy(() -> crm.account(calls)).isInstanceOf(CrmException.class)
                .hasMessageContaining("dealfocus.salesforce.organization-id");
        assertThat(SalesforceCrm.sameOrg("00D5Y000001MPM7", SalesforceSimulator.ORG_ID)).as("15 against 18 characters").isTrue();
    }

    // ---- reading

    @Test
    void givenMoreRecordsThanABatch_theFullScanFollowsNextRecordsUrl_childrenCounted() {
        for (int i = 0; i < 30; i++) {
            String id = org.opportunity(CREATED, Map.of("Name", "Deal " + i, "OwnerId", OWNER, "StageName", "Prospecting"));
            org.contact(id, "Decision Maker", false);
        }
        org.batchSize(20);
        SalesforceCrm crm = crm();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            DealPage page = crm.readDeals(SPEC, null, cursor, calls);
            page.deals().forEach(d -> ids.add(d.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(ids).hasSize(32).doesNotHaveDuplicates();
        assertThat(pages).as("20 records a batch, a contact role counting as one").isGreaterThanOrEqualTo(3);
        assertThat(org.requests()).filteredOn(r -> r.path().matches(".*/query/01g.*")).isNotEmpty();
    }

    @Test
    void givenAnIncrementalRead_theWindowIsHalfOpenAndEndsAtTheRunsStart() {
        SalesforceCrm crm = crm();
        Instant since = clock.instant().minus(Duration.ofHours(1));
        org.edit(acme, Map.of("Name", "Acme renamed"));
        clock.advance(Duration.ofSeconds(5));
        Instant start = clock.instant();
        List<String> ids = incremental(crm, since);
        assertThat(ids).containsExactly(acme);
        assertThat(org.requests()).filteredOn(r -> r.soql() != null && r.soql().contains("FROM Opportunity WHERE SystemModstamp"))
                .singleElement().satisfies(r -> assertThat(r.soql()).contains("SystemModstamp >= " + since.toString().replace(".000", ""))
                        .contains("SystemModstamp < " + start));
    }

    @Test
    void givenATaskLoggedWithoutTouchingTheOpportunity_theIncrementalReadStillFindsIt() {
        SalesforceCrm crm = crm();
        Instant since = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        org.task(globex, LocalDate.of(2026, 12, 10), false, clock.instant(), null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(org.record("Opportunity", globex).get("SystemModstamp")).isEqualTo(CREATED);
        assertThat(incremental(crm, since)).containsExactly(globex);
    }

    @Test
    void givenAnOpportunityAndItsTaskChanged_theIncrementalReadReadsItOnce() {
        SalesforceCrm crm = crm();
        Instant since = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        org.edit(acme, Map.of("NextStep", "Call the CFO"));
        org.task(acme, LocalDate.of(2026, 12, 10), false, clock.instant(), null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(incremental(crm, since)).containsExactly(acme);
    }

    private List<String> incremental(SalesforceCrm crm, Instant since) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            DealPage page = crm.readDeals(SPEC, since, cursor, calls);
            page.deals().forEach(d -> ids.add(d.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }

    @Test
    void givenAFieldTheRunAsUserCannotSee_theReadLeavesItOutAndGoesOn() {
        org.hide("Opportunity", "DealFocus_Margin__c");
        SalesforceCrm crm = crm();
        DealSnapshot deal = crm.readDealsById(new ReadSpec(Set.of("Amount", "DealFocus_Margin__c")), List.of(acme), calls).deals().get(0);
        assertThat(deal.properties()).containsKey("Amount").doesNotContainKey("DealFocus_Margin__c");
    }

    @Test
    void givenAFieldHiddenAfterTheDescribeWasRead_theReadReadsTheDescribeAgainAndGoesOnWithoutIt() {
        SalesforceCrm crm = crm();
        ReadSpec spec = new ReadSpec(Set.of("Amount", "DealFocus_Margin__c"));
        assertThat(crm.readDealsById(spec, List.of(acme), calls).deals()).hasSize(1);
        org.hide("Opportunity", "DealFocus_Margin__c");
        DealSnapshot deal = crm.readDealsById(spec, List.of(acme), calls).deals().get(0);
        assertThat(deal.properties()).containsKey("Amount").doesNotContainKey("DealFocus_Margin__c");
        assertThat(org.requests()).filteredOn(r -> r.status() == 400).singleElement()
                .satisfies(r -> assertThat(r.soql()).contains("DealFocus_Margin__c"));
    }

    @Test
    void givenRecordTypesAndMultiCurrency_thePipelineIsTheRecordTypeAndTheCurrencyTheOpportunitys() {
        org.multiCurrency();
        String renewal = org.recordType("Renewal");
        String id = org.opportunity(CREATED, Map.of("Name", "Initech", "OwnerId", OWNER, "StageName", "Prospecting",
                "RecordTypeId", renewal, "CurrencyIsoCode", "USD", "Amount", "5000"));
        DealSnapshot deal = read(crm(), id);
        assertThat(deal.pipeline()).isEqualTo("Renewal");
        assertThat(deal.amount().currency()).isEqualTo("USD");
        assertThat(read(crm(), acme).pipeline()).as("no record type").isEqualTo("default");
    }

    @Test
    void givenACloseDateMovedLaterTwice_thePushesComeFromOpportunityHistory_readOnlyWhenTheDateMoves() {
        SalesforceCrm crm = crm();
        clock.advance(Duration.ofDays(1));
        org.edit(acme, Map.of("CloseDate", LocalDate.of(2027, 2, 15)));
        clock.advance(Duration.ofDays(1));
        org.edit(acme, Map.of("CloseDate", LocalDate.of(2027, 3, 31)));
        assertThat(read(crm, acme).closeDatePushes()).isEqualTo(2);
        int before = org.requests().size();
        assertThat(read(crm, acme).closeDatePushes()).isEqualTo(2);
        assertThat(org.requests().subList(before, org.requests().size())).as("the date did not move: no history read")
                .noneMatch(r -> r.soql() != null && r.soql().contains("OpportunityHistory"));
    }

    @Test
    void givenContactRoles_theyReadAsBuyingRolesWithConsent() {
        org.contact(acme, "Economic Buyer", true);
        DealSnapshot deal = read(crm(), acme);
        assertThat(deal.contacts()).singleElement().satisfies(c -> {
            assertThat(c.buyingRole()).isEqualTo("ECONOMIC_BUYER");
            assertThat(c.consent()).isEqualTo(dev.dealfocus.core.deal.Consent.OPTED_OUT);
        });
        assertThat(deal.amount().amount()).isEqualByComparingTo(new BigDecimal("20000"));
        assertThat(deal.amount().currency()).as("the org's currency, no multi-currency").isEqualTo("EUR");
    }

    @Test
    void givenTaskAndEventIds_dealsOfNamesTheirOpportunities() {
        String task = org.task(acme, LocalDate.of(2026, 12, 10), false, clock.instant(), null);
        String event = org.event(globex, Instant.parse("2026-12-12T10:00:00Z"), clock.instant());
        SalesforceCrm crm = crm();
        assertThat(crm.dealsOf("tasks", List.of(task, "not-an-id"), calls)).containsExactly(Map.entry(task, List.of(acme)));
        assertThat(crm.dealsOf("events", List.of(event), calls)).containsExactly(Map.entry(event, List.of(globex)));
    }

    // ---- DealFocus's own activity

    @Test
    void givenDealFocusNoteIsTheLatestActivity_thePersonsEarlierCallStaysTheLastTouch() {
        SalesforceCrm crm = crm();
        org.task(acme, LocalDate.of(2026, 10, 20), true, Instant.parse("2026-10-20T10:00:00Z"), "Call");
        crm.apply(List.of(new CrmWrite.Note(acme, "k-note", OWNER, clock.instant(), "Parked: no dated next step.")), calls);
        assertThat(org.record("Opportunity", acme).get("LastActivityDate")).as("Salesforce rolled DealFocus's note up")
                .isEqualTo(LocalDate.of(2026, 11, 30));
        List<Activity> people = read(crm, acme).activities().stream().filter(a -> !a.byDealFocus()).toList();
        assertThat(people).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.CALL);
            assertThat(a.at().atZone(ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 20));
        });
    }

    @Test
    void givenAPersonsEventAfterDealFocusTask_theEventIsANextStepAndTheTaskIsNot() {
        SalesforceCrm crm = crm();
        crm.apply(List.of(new CrmWrite.Task(acme, "k-task", WrittenKind.REENGAGE_TASK, OWNER, LocalDate.of(2027, 3, 1),
                TaskPriority.MEDIUM, "Re-engagement check", "Check the budget round.")), calls);
        org.event(acme, Instant.parse("2027-03-10T10:00:00Z"), clock.instant());
        List<Activity> activities = read(crm, acme).activities();
        assertThat(activities).filteredOn(Activity::byDealFocus).singleElement()
                .satisfies(a -> assertThat(a.dealFocusKind()).isEqualTo(WrittenKind.REENGAGE_TASK));
        assertThat(activities).filteredOn(a -> !a.byDealFocus()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.MEETING);
            assertThat(a.open()).isTrue();
        });
        assertThat(read(crm, acme).dealFocus().ownTaskDue()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void givenDealFocusCompletesItsFutureTask_theTaskIsDatedToday_soLastActivityDateNeverLiesAhead() {
        SalesforceCrm crm = crm();
        crm.apply(List.of(new CrmWrite.Task(acme, "k-task", WrittenKind.REENGAGE_TASK, OWNER, LocalDate.of(2027, 3, 1),
                TaskPriority.MEDIUM, "Re-engagement check", "")), calls);
        String taskId = org.tasks(acme).get(0).get("Id").toString();
        crm.apply(List.of(new CrmWrite.TaskUpdate(acme, "k-done", taskId, null, true)), calls);
        assertThat(org.record("Task", taskId).get("ActivityDate")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(org.record("Opportunity", acme).get("LastActivityDate")).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    // ---- writing

    @Test
    void givenAValidationRule_thatRecordIsRefusedWithTheRulesMessage_andTheOthersApplied() {
        org.validationRule(r -> "Globex".equals(r.get("Name")) && r.get("DealFocus_Status__c") != null,
                "Prospecting deals need a next step before a status");
        List<WriteResult> results = crm().apply(List.of(
                new CrmWrite.FieldUpdate(acme, "k-a", Map.of(DealField.STATUS, "PARKED", DealField.SCORE, "40"), null),
                new CrmWrite.FieldUpdate(globex, "k-g", Map.of(DealField.STATUS, "PARKED"), null)), calls);
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(1).outcome()).isEqualTo(WriteResult.Outcome.REFUSED);
        assertThat(results.get(1).error()).contains("FIELD_CUSTOM_VALIDATION_EXCEPTION")
                .contains("Prospecting deals need a next step before a status");
        assertThat(org.record("Opportunity", acme).get("DealFocus_Score__c")).isEqualTo(new BigDecimal("40"));
        assertThat(org.requests()).filteredOn(Seen::writes).singleElement()
                .satisfies(w -> assertThat(w.body().path("allOrNone").asBoolean(true)).isFalse());
    }

    @Test
    void givenACreateSentTwice_theUpsertOnTheKeyMakesOneTask() {
        SalesforceCrm crm = crm();
        CrmWrite task = new CrmWrite.Task(acme, "k-once", WrittenKind.NURTURE_TASK, OWNER, LocalDate.of(2027, 1, 10),
                TaskPriority.LOW, "Nurture", "Send the case study.");
        String first = crm.apply(List.of(task), calls).get(0).crmId();
        String second = crm.apply(List.of(task), calls).get(0).crmId();
        assertThat(second).isEqualTo(first);
        assertThat(org.tasks(acme)).hasSize(1).allSatisfy(t -> {
            assertThat(t.get("DealFocus_Key__c")).isEqualTo("NURTURE_TASK:k-once");
            assertThat(t.get("Priority")).isEqualTo("Low");
        });
        assertThat(crm.findCreated(List.of(task), calls)).containsExactly(Map.entry("k-once", first));
    }

    @Test
    void givenAReviewTask_itIsATaskOnNoRecordForItsOwner_upsertedOnTheKeyAndFoundByIt() {
        SalesforceCrm crm = crm();
        CrmWrite review = new CrmWrite.OwnerTask("k-review", WrittenKind.REVIEW_TASK, OWNER, LocalDate.of(2026, 11, 30),
                "Weekly pipeline review 2026-W49: 2 deal(s) need a decision", "Full review: /api/reviews/weekly?week=2026-W49");
        String first = crm.apply(List.of(review), calls).get(0).crmId();
        assertThat(crm.apply(List.of(review), calls).get(0).crmId()).as("sent twice: one Task").isEqualTo(first);
        assertThat(org.tasksOnNoRecord()).singleElement().satisfies(t -> {
            assertThat(t.get("OwnerId")).isEqualTo(OWNER);
            assertThat(t.get("WhatId")).isNull();
            assertThat(t.get("DealFocus_Key__c")).isEqualTo("REVIEW_TASK:k-review");
            assertThat(String.valueOf(t.get("ActivityDate"))).isEqualTo("2026-11-30");
            assertThat(t.get("Status")).isEqualTo("Not Started");
        });
        assertThat(org.tasks(acme)).isEmpty();
        assertThat(crm.findCreated(List.of(review), calls)).containsExactly(Map.entry("k-review", first));
        assertThat(crm.searchLag()).as("found by its External ID, never a lagging index").isZero();
    }

    @Test
    void givenTheQuartersActivities_effort_sumsThemWithAggregateQueries_leavingOutOwnOpenChildAndFutureOnes() {
        Instant q4 = Instant.parse("2026-09-30T22:00:00Z"); // 1 October in Berlin
        Instant q1 = Instant.parse("2026-12-31T23:00:00Z");
        String timedCall = org.task(acme, LocalDate.of(2026, 10, 5), true, CREATED, "Call");
        org.set("Task", timedCall, Map.of("CallDurationInSeconds", 1200));
        org.task(acme, LocalDate.of(2026, 10, 6), true, CREATED, "Call"); // no duration: 15 minutes
        org.task(acme, LocalDate.of(2026, 10, 7), true, CREATED, "Email");
        org.task(acme, LocalDate.of(2026, 10, 8), true, CREATED, null); // a task: 10 minutes
        org.task(acme, LocalDate.of(2026, 10, 9), false, CREATED, null); // open: nothing
        org.task(acme, LocalDate.of(2026, 9, 20), true, CREATED, "Call"); // the quarter before
        String own = org.task(acme, LocalDate.of(2026, 10, 10), true, CREATED, null);
        org.set("Task", own, Map.of("DealFocus_Key__c", "NOTE:k-own"));
        org.event(acme, Instant.parse("2026-10-12T09:00:00Z"), CREATED); // 60 minutes, held
        String copy = org.event(acme, Instant.parse("2026-10-12T09:00:00Z"), CREATED);
        org.set("Event", copy, Map.of("IsChild", true)); // an invitee's copy of the same meeting
        org.event(acme, Instant.parse("2026-12-15T09:00:00Z"), CREATED); // not held yet
        SalesforceCrm crm = crm();
        ApiCalls counted = new ApiCalls();

        Map<String, List<dev.dealfocus.core.eaters.EffortActivity>> effort = crm.effort(List.of(acme, globex), q4, q1, counted);

        assertThat(dev.dealfocus.core.eaters.Effort.hours(effort.get(acme), dev.dealfocus.core.eaters.EffortPolicy.DEFAULT, q4, q1))
                .as("20 + 15 + 5 + 10 + 60 minutes").isEqualByComparingTo("1.83");
        assertThat(effort).doesNotContainKey(globex);
        assertThat(org.requests()).filteredOn(r -> r.soql() != null && r.soql().contains("GROUP BY WhatId")).hasSize(4)
                .allSatisfy(r -> assertThat(r.soql()).contains(acme).contains(globex));
        assertThat(counted.count()).as("four aggregate queries for both deals").isEqualTo(4);
    }

    @Test
    void givenAnHoursSpentFieldWithHistory_hoursSpent_takesItsValueAtBothEndsOfTheQuarter() {
        org.set("Opportunity", acme, Map.of("Hours_Spent__c", 30));
        org.set("Opportunity", globex, Map.of("Hours_Spent__c", 5));
        org.fieldHistory(acme, "Hours_Spent__c", null, 4, Instant.parse("2026-08-01T10:00:00Z"));
        org.fieldHistory(acme, "Hours_Spent__c", 4, 12, Instant.parse("2026-09-15T10:00:00Z"));
        org.fieldHistory(acme, "Hours_Spent__c", 12, 30, Instant.parse("2026-12-20T10:00:00Z"));
        SalesforceCrm crm = crm();
        Instant q4 = Instant.parse("2026-09-30T22:00:00Z");
        Instant q1 = Instant.parse("2026-12-31T23:00:00Z");

        var spent = crm.hoursSpent(List.of(acme, globex), "Hours_Spent__c", q4, q1, calls);

        assertThat(spent.get(acme).atStart()).isEqualByComparingTo("12");
        assertThat(spent.get(acme).increase()).isEqualByComparingTo("18");
        assertThat(spent.get(globex).increase()).as("no change in the quarter").isEqualByComparingTo("0");
        assertThatThrownBy(() -> crm.hoursSpent(List.of(acme), "No_Such__c", q4, q1, calls))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("No_Such__c");
    }

    @Test
    void givenOrgsThatKeepTheKindInType_theConfiguredFieldTellsCallsFromTasks() {
        String call = org.task(acme, LocalDate.of(2026, 10, 5), true, CREATED, null);
        org.set("Task", call, Map.of("Type", "Call"));
        SalesforceCrm.Settings base = clientCredentials(SalesforceSimulator.CLIENT_SECRET);
        SalesforceCrm crm = crm(new SalesforceCrm.Settings(base.loginUrl(), base.clientId(), base.clientSecret(), null, null, false,
                base.apiVersion(), base.organizationId(), base.timeout(), 100, 0.8, 200, true, FALLBACK, ZONE, LocalTime.of(9, 0),
                "Department", 180, Map.of(), Duration.ofHours(1), new ActivityTypes("Type", java.util.Set.of("Call"),
                        java.util.Set.of("Email"))));
        var effort = crm.effort(List.of(acme), Instant.parse("2026-09-30T22:00:00Z"), Instant.parse("2026-12-31T23:00:00Z"), calls);
        assertThat(effort.get(acme)).singleElement().satisfies(a ->
                assertThat(a.type()).isEqualTo(dev.dealfocus.core.eaters.EffortActivity.Type.CALL));
    }

    @Test
    void givenCustomerAccounts_readCustomers_takesTheConfiguredTypesWithTheirMappedSigns() {
        String hafen = org.account("Hafen Logistik", "Customer - Direct", Map.of("OwnerId", OWNER,
                "Last_Login__c", LocalDate.of(2026, 11, 28), "Oldest_Unpaid_Due__c", LocalDate.of(2026, 10, 20), "Escalations_30d__c", 1));
        String isar = org.account("Isar Software", "Customer - Channel", Map.of("OwnerId", OWNER));
        org.account("Jura Textil", "Prospect", Map.of("OwnerId", OWNER));
        SalesforceCrm.Settings base = clientCredentials(SalesforceSimulator.CLIENT_SECRET);
        SalesforceCrm crm = crm(new SalesforceCrm.Settings(base.loginUrl(), base.clientId(), base.clientSecret(), null, null, false,
                base.apiVersion(), base.organizationId(), base.timeout(), 100, 0.8, 200, true, FALLBACK, ZONE, LocalTime.of(9, 0),
                "Department", 180, Map.of(), Duration.ofHours(1), ActivityTypes.DEFAULT,
                new dev.dealfocus.crm.shared.CustomerProperties("Last_Login__c", "Oldest_Unpaid_Due__c", "Escalations_30d__c", null,
                        null, "DealFocus_Health__c"), null));
        assertThat(crm.readsCustomers()).isTrue();

        var page = crm.readCustomers(null, calls);

        assertThat(page.nextCursor()).isNull();
        assertThat(page.customers()).extracting(dev.dealfocus.core.customer.CustomerFacts::id).containsExactlyInAnyOrder(hafen, isar);
        var h = page.customers().stream().filter(c -> c.id().equals(hafen)).findFirst().orElseThrow();
        assertThat(h.lastUsedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(h.oldestUnpaidDue()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(h.escalations()).isEqualTo(1);
        assertThat(h.ownerId()).isEqualTo(OWNER);
        var i = page.customers().stream().filter(c -> c.id().equals(isar)).findFirst().orElseThrow();
        assertThat(i.lastUsedOn()).isNull();
        assertThat(i.paymentKnown()).as("payment mapped, empty: nothing unpaid").isTrue();
        assertThat(org.requests()).filteredOn(r -> r.soql() != null && r.soql().contains("FROM Account")).singleElement()
                .satisfies(r -> assertThat(r.soql()).contains("Type IN ('Customer - Channel','Customer - Direct')")
                        .contains("ORDER BY Id LIMIT 2000").contains("DealFocus_Health__c"));
    }

    @Test
    void givenAnInactiveOwner_theTaskGoesToTheFallbackOwner() {
        org.deactivate(OWNER);
        List<WriteResult> results = crm().apply(List.of(new CrmWrite.Task(acme, "k-t", WrittenKind.QUALIFY_TASK, OWNER,
                LocalDate.of(2026, 12, 4), TaskPriority.HIGH, "Qualify", "")), calls);
        assertThat(results.get(0).ok()).isTrue();
        assertThat(org.tasks(acme)).singleElement().satisfies(t -> assertThat(t.get("OwnerId")).isEqualTo(FALLBACK));
    }

    // ---- the daily allowance

    @Test
    void givenTheDailyLimitUsedUp_theRunStopsCleanlyWithoutRetrying() {
        SalesforceCrm crm = crm();
        read(crm, acme);
        org.dailyLimit(15_000, 15_000);
        int before = org.requests().size();
        assertThatThrownBy(() -> read(crm, globex)).isInstanceOf(CrmException.class)
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED))
                .hasMessageContaining("TotalRequests");
        assertThat(org.requests().size() - before).as("no retry loop").isEqualTo(1);
    }

    @Test
    void givenTooManyLongRunningRequests_theSame403IsRetriedWithBackoff() {
        SalesforceCrm crm = crm();
        read(crm, acme);
        org.failNext(p -> p.endsWith("/query"), 403, "[{\"message\":\"ConcurrentPerOrgLongTxn Limit exceeded.\","
                + "\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]", Map.of("Sforce-Limit-Info", "api-usage=120/15000"));
        assertThat(read(crm, globex).name()).isEqualTo("Globex");
    }

    @Test
    void givenTheOrgNearItsShare_theNextRunStopsBeforeUsingMore() {
        SalesforceCrm crm = crm();
        read(crm, acme);
        org.dailyLimit(1_000, 799); // the org's other integrations used the day
        int before = org.requests().size();
        assertThatThrownBy(() -> read(crm, globex)).isInstanceOf(CrmException.class)
                .satisfies(e -> assertThat(((CrmException) e).kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED))
                .hasMessageContaining("80%");
        assertThat(crm.dailyUsage().used()).as("the answer's Sforce-Limit-Info").isEqualTo(800);
        assertThat(org.requests().size() - before).as("the first request's answer said 800 of 1,000: nothing more was sent")
                .isEqualTo(1);
    }

    // ---- the setup check

    @Test
    void givenAPreparedOrg_theCheckIsReadyAndChangesNothing() {
        SalesforceSetupCheck.Report report = crm().setupCheck().run(List.of("DealFocus_Problem__c", "Amount"), calls);
        assertThat(report.problems()).isEmpty();
        assertThat(report.ready()).isTrue();
        assertThat(report.organizationId()).isEqualTo(SalesforceSimulator.ORG_ID);
        assertThat(report.fieldsOk()).contains("Opportunity.DealFocus_Score__c", "Opportunity.DealFocus_Problem__c",
                "Task.DealFocus_Key__c");
        assertThat(report.visible()).isEqualTo(2).isEqualTo(report.inOrg());
        assertThat(org.requests()).noneMatch(Seen::writes);
    }

    @Test
    void givenMissingFieldsAndAPartialView_theCheckNamesEachWithItsFix() {
        org.drop("Opportunity", "DealFocus_Reasons__c").hide("Opportunity", "DealFocus_Problem__c")
                .drop("Task", "DealFocus_Key__c").unshare(globex);
        SalesforceSetupCheck.Report report = crm().setupCheck().run(List.of("DealFocus_Problem__c"), calls);
        assertThat(report.ready()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("Opportunity.DealFocus_Reasons__c").contains("create it"))
                .anySatisfy(p -> assertThat(p).contains("Opportunity.DealFocus_Problem__c").contains("read by the rules"))
                .anySatisfy(p -> assertThat(p).contains("Task.DealFocus_Key__c").contains("External ID"))
                .anySatisfy(p -> assertThat(p).contains("sees 1 of about 2 Opportunities").contains("View All"));
        assertThat(org.requests()).noneMatch(Seen::writes);
    }
}
