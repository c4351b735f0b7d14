package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.HubSpotSimulator.Seen;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HubSpot gateway on a simulated portal: refusals, limits, bad tokens and scopes, merges, the search cap. */
@QuarkusTest
class HubSpotCrmTest {
    private static final ReadSpec SPEC = new ReadSpec(Set.of("amount"));
    private static final Instant CREATED = Instant.parse("2026-10-01T08:00:00Z");
    private static final String DAILY = "{\"status\":\"error\",\"message\":\"You have reached your daily limit.\","
            + "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c0ffee00-0000-4000-8000-000000000001\",\"policyName\":\"DAILY\"}";
    private static final String TEN_SECONDLY = "{\"status\":\"error\",\"message\":\"You have reached your ten_secondly_rolling limit.\","
            + "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c0ffee00-0000-4000-8000-000000000002\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final ApiCalls calls = new ApiCalls();
    private HubSpotSimulator portal;

    @BeforeEach
    void portal() {
        portal = new HubSpotSimulator(clock);
        portal.owner("101", "ana@example.com", "7");
        portal.deal("1001", CREATED, Map.of("dealname", "Acme", "hubspot_owner_id", "101"));
        portal.deal("1002", CREATED, Map.of("dealname", "Globex", "hubspot_owner_id", "101"));
        portal.serve();
    }

    @AfterEach
    void stop() {
        assertThat(portal.violations()).as("request bodies against HubSpot's published spec").isEmpty();
        portal.shutdown();
    }

    private HubSpotCrm gateway() {
        return HubSpotCrm.connect(HubSpotCrmContractTest.settings(portal.baseUrl()), Mappers.service(), clock, clock::advance);
    }

    private HubSpotCrm prepared() {
        HubSpotCrm crm = gateway();
        crm.setup().run(List.of(), false, new ApiCalls());
        portal.clearRequests();
        return crm;
    }

    private List<Seen> requests(String pathPart) {
        return portal.requests().stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    @Test
    void givenABatchRefusedForOneBadValue_apply_refusesThatItemAndSendsTheRestAgain() {
        List<WriteResult> results = prepared().apply(List.of(
                new CrmWrite.FieldUpdate("1001", "k-bad", Map.of(DealField.STATUS, "MAYBE"), null),
                new CrmWrite.FieldUpdate("1002", "k-good", Map.of(DealField.STATUS, "PARKED"), null)), calls);

        assertThat(results.get(0).outcome()).isEqualTo(WriteResult.Outcome.REFUSED);
        assertThat(results.get(0).error()).contains("INVALID_OPTION").contains("dealfocus_status");
        assertThat(results.get(1).ok()).isTrue();
        assertThat(portal.record("deals", "1002").properties).containsEntry("dealfocus_status", "PARKED");
        assertThat(portal.record("deals", "1001").properties).doesNotContainKey("dealfocus_status");
        List<Seen> sent = requests("/deals/batch/update");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).body().path("inputs")).hasSize(1);
    }

    @Test
    void givenAnOwnerHubSpotRefuses_apply_givesTheTaskToTheFallbackOwner() {
        List<WriteResult> results = prepared().apply(List.of(new CrmWrite.Task("1001", "k-task", WrittenKind.REENGAGE_TASK, "999",
                LocalDate.of(2027, 3, 1), TaskPriority.MEDIUM, "Re-engage", "Check the budget round.")), calls);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
        assertThat(portal.linked("1001", "tasks")).singleElement()
                .satisfies(t -> assertThat(t.properties).containsEntry("hubspot_owner_id", HubSpotCrmContractTest.FALLBACK_OWNER));
    }

    @Test
    void givenAPortalWithoutTheSetup_apply_stopsNamingTheProperty_andAccountAsksForTheSetup() {
        HubSpotCrm crm = gateway();
        assertThatThrownBy(() -> crm.apply(List.of(new CrmWrite.FieldUpdate("1001", "k", Map.of(DealField.SCORE, "60"), null)), calls))
                .isInstanceOfSatisfying(CrmException.class, e -> assertThat(e.kind()).isEqualTo(CrmException.Kind.FAIL_FAST))
                .hasMessageContaining("dealfocus_score").hasMessageContaining("PROPERTY_DOESNT_EXIST");
        assertThatThrownBy(() -> crm.account(calls)).hasMessageContaining("POST /api/setup/hubspot");
        assertThat(crm.capabilities().dealProperties()).as("the start goes on so the setup can run").isEmpty();
    }

    @Test
    void givenTheDailyPolicyAnswers429_read_stopsTheRunCleanly() {
        HubSpotCrm crm = prepared();
        portal.failNext(p -> p.endsWith("/search"), 429, DAILY, Map.of());
        assertThatThrownBy(() -> crm.readDeals(SPEC, null, null, calls)).isInstanceOfSatisfying(CrmException.class,
                e -> assertThat(e.kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED)).hasMessageContaining("daily");
        assertThat(requests("/search")).hasSize(1);
    }

    @Test
    void givenTheAccountNearItsDailyShare_calls_stopBeforeSending() {
        HubSpotCrm crm = prepared();
        portal.dailyLimit(1_000, 850);
        crm.ping(calls);
        int sent = portal.requests().size();
        assertThatThrownBy(() -> crm.readDeals(SPEC, null, null, calls)).isInstanceOfSatisfying(CrmException.class,
                e -> assertThat(e.kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED));
        assertThat(portal.requests()).hasSize(sent);
    }

    @Test
    void givenNoDailyHeaders_aRunsFirstPage_asksTheUsageEndpointAndStopsNearTheShare() {
        portal.withoutDailyHeaders();
        HubSpotCrm crm = prepared();
        portal.dailyLimit(1_000, 850);
        assertThatThrownBy(() -> crm.readDeals(SPEC, null, null, calls)).isInstanceOfSatisfying(CrmException.class,
                e -> assertThat(e.kind()).isEqualTo(CrmException.Kind.QUOTA_EXHAUSTED)).hasMessageContaining("85%");
        assertThat(requests("/api-usage/daily/private-apps")).hasSize(1);
        assertThat(requests("/search")).isEmpty();
    }

    @Test
    void givenA429StormAnd5xx_calls_waitRetryAndCountBoth() {
        HubSpotCrm crm = prepared();
        for (int i = 0; i < 3; i++) {
            portal.failNext(p -> p.endsWith("/search"), 429, TEN_SECONDLY, Map.of("Retry-After", "1"));
        }
        portal.failNext(p -> p.contains("/deals/batch/update"), 502, "<html>Bad Gateway</html>", Map.of());
        portal.failNext(p -> p.contains("/deals/batch/update"), 503, "{\"status\":\"error\",\"message\":\"unavailable\"}", Map.of());
        Instant before = clock.instant();

        assertThat(crm.readDeals(SPEC, null, null, calls).deals()).hasSize(2);
        assertThat(crm.apply(List.of(new CrmWrite.FieldUpdate("1001", "k", Map.of(DealField.SCORE, "61"), null)), calls))
                .singleElement().satisfies(r -> assertThat(r.ok()).isTrue());

        assertThat(calls.rateLimitedCount()).isEqualTo(3);
        assertThat(calls.retries()).isEqualTo(5);
        assertThat(Duration.between(before, clock.instant())).as("waited by Retry-After, then backed off")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3 + 1 + 2));
    }

    @Test
    void givenASyncAndWritesAtOnce_theSharedBudget_keepsBothWithinHubSpotsLimit() throws Exception {
        HubSpotCrm.Settings usual = HubSpotCrmContractTest.settings(portal.baseUrl());
        HubSpotCrm.Settings tight = new HubSpotCrm.Settings(usual.baseUrl(), usual.token(), usual.apiVersion(), usual.timeout(), 12,
                usual.searchPerSecond(), usual.dailyShare(), usual.closeDateHistory(), usual.fallbackOwner(), usual.zone(),
                usual.taskDueTime(), usual.fieldProperties(), usual.directoryFor());
        for (int i = 0; i < 1_200; i++) {
            portal.deal(String.valueOf(30_000 + i), CREATED, Map.of("dealname", "More " + i));
        }
        HubSpotCrm crm = HubSpotCrm.connect(tight, Mappers.service(), clock, clock::advance);
        crm.setup().run(List.of(), false, new ApiCalls());
        portal.limit(12);
        portal.clearRequests();
        Thread sync = new Thread(() -> {
            String cursor = null;
            do {
                cursor = crm.readDeals(SPEC, null, cursor, new ApiCalls()).nextCursor();
            } while (cursor != null);
        });
        sync.start();
        for (int i = 0; i < 10; i++) {
            crm.apply(List.of(new CrmWrite.FieldUpdate("1001", "k-" + i, Map.of(DealField.SCORE, String.valueOf(50 + i)), null)), calls);
        }
        sync.join();
        assertThat(portal.requests().size()).as("more than one window's worth").isGreaterThan(24);
        assertThat(portal.rateLimited()).as("429s from HubSpot's limit").isZero();
    }

    @Test
    void givenABadToken_everyCall_failsFastNamingTheTokenKey() {
        HubSpotCrm.Settings good = HubSpotCrmContractTest.settings(portal.baseUrl());
        HubSpotCrm.Settings bad = new HubSpotCrm.Settings(good.baseUrl(), "pat-na1-revoked", good.apiVersion(), good.timeout(),
                good.requestsPer10s(), good.searchPerSecond(), good.dailyShare(), good.closeDateHistory(), good.fallbackOwner(),
                good.zone(), good.taskDueTime(), good.fieldProperties(), good.directoryFor());
        HubSpotCrm crm = HubSpotCrm.connect(bad, Mappers.service(), clock, clock::advance);
        assertThatThrownBy(() -> crm.readSchema(calls)).isInstanceOfSatisfying(CrmException.class,
                e -> assertThat(e.kind()).isEqualTo(CrmException.Kind.FAIL_FAST))
                .hasMessageContaining("401").hasMessageContaining("dealfocus.hubspot.access-token")
                .hasMessageNotContaining("pat-na1-revoked");
        assertThat(portal.requests()).hasSize(1);
    }

    @Test
    void givenAMissingScope_setupNamesIt_andARunStopsNamingIt() {
        HubSpotCrm crm = gateway();
        portal.withoutScope("crm.objects.owners.read");
        HubSpotSetup.Report report = crm.setup().run(List.of(), false, calls);
        assertThat(report.missingScopes()).containsExactly("crm.objects.owners.read (to read owners and their teams)");
        assertThatThrownBy(() -> crm.readDeals(SPEC, null, null, calls)).isInstanceOfSatisfying(CrmException.class,
                e -> assertThat(e.kind()).isEqualTo(CrmException.Kind.FAIL_FAST)).hasMessageContaining("crm.objects.owners.read");
    }

    @Test
    void givenADryRunSetup_itChangesNothingAndSaysWhatItWouldCreate() {
        HubSpotSetup.Report report = gateway().setup().run(List.of(new HubSpotSetup.Property("dealfocus_problem", "Problem",
                HubSpotSetup.Type.DROPDOWN, Map.of("none", "None (0)", "named", "Named (20)"), null)), true, calls);
        assertThat(report.created()).contains("deal property group dealfocus", "deal property dealfocus_score",
                "deal property dealfocus_problem");
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("crm.schemas.deals.write"));
        assertThat(portal.requests()).noneMatch(Seen::writes);
        assertThat(portal.hasGroup("deals", "dealfocus")).isFalse();
    }

    @Test
    void givenAnExistingPropertyOfAnotherKind_setupLeavesItAndSaysHow() {
        portal.property("deals", "dealfocus_score", "string");
        HubSpotSetup.Report report = gateway().setup().run(List.of(), false, calls);
        assertThat(report.existed()).contains("deal property dealfocus_score");
        assertThat(report.differs()).containsExactly(
                "deal property dealfocus_score: its type is string, DealFocus writes number (left unchanged)");
    }

    @Test
    void givenOnlyDealFocusTouchedADeal_anIncrementalRead_passesOverIt_butReadsAPersonsLaterChange() {
        HubSpotCrm crm = prepared();
        Instant cursor = clock.instant();
        crm.apply(List.of(new CrmWrite.FieldUpdate("1001", "k1", Map.of(DealField.SCORE, "40"), null),
                new CrmWrite.FieldUpdate("1002", "k2", Map.of(DealField.SCORE, "41"), null)), calls);
        crm.apply(List.of(new CrmWrite.Note("1001", "k3", "101", clock.instant(), "<p>Parked.</p>")), calls);
        clock.advance(Duration.ofSeconds(30));

        DealPage own = crm.readDeals(SPEC, cursor, null, calls);
        assertThat(own.deals()).isEmpty();
        assertThat(own.highWaterMark()).as("the window still moves past them").isNotNull();

        clock.advance(Duration.ofMinutes(5));
        portal.edit("1002", Map.of("amount", "9000"));
        assertThat(crm.readDeals(SPEC, cursor, null, calls).deals()).extracting(DealSnapshot::id).containsExactly("1002");
    }

    @Test
    void givenADealThatAbsorbedAnother_read_readsItsEngagementsToKnowDealFocusTasksFromPeoples() {
        HubSpotCrm crm = prepared();
        portal.edit("1001", Map.of("hs_merged_object_ids", "990"));
        portal.clearRequests();
        DealPage page = crm.readDealsById(SPEC, List.of("1001", "1002"), calls);
        assertThat(page.departures()).extracting(d -> d.dealId() + "->" + d.mergedInto()).containsExactly("990->1001");
        assertThat(requests("/deals/tasks/batch/read")).singleElement()
                .satisfies(r -> assertThat(r.body().path("inputs").findValuesAsText("id")).containsExactly("1001"));
    }

    @Test
    void givenMoreChangedDealsThanOneSearchMayPage_anIncrementalRead_restartsBeforeTheCapAndReadsEachDeal() {
        HubSpotCrm crm = prepared();
        int many = 10_250;
        for (int i = 0; i < many; i++) {
            portal.deal(String.valueOf(20_000 + i), CREATED, Map.of("dealname", "Bulk " + i,
                    "hs_lastmodifieddate", CREATED.plusSeconds(i).toString()));
        }
        portal.clearRequests();
        assertThat(readAllChanged(crm, many)).isBetween(52, 53);
    }

    @Test
    void givenAMassUpdateInOneMillisecond_anIncrementalRead_readsThatMillisecondByIdAndMovesOn() {
        HubSpotCrm crm = prepared();
        int many = 10_250;
        for (int i = 0; i < many; i++) {
            portal.deal(String.valueOf(20_000 + i), CREATED, Map.of("dealname", "Bulk " + i));
        }
        portal.clearRequests();
        // the query that pages by time reaches the cap; the millisecond is then read by id, 200 a page
        assertThat(readAllChanged(crm, many)).isBetween(100, 160);
    }

    /** Reads every deal changed since before {@code CREATED}; answers the searches it took. */
    private int readAllChanged(HubSpotCrm crm, int many) {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            DealPage page = crm.readDeals(SPEC, CREATED.minusSeconds(1), cursor, calls);
            page.deals().forEach(d -> seen.add(d.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 200);
        assertThat(seen).hasSize(many + 2);
        assertThat(portal.requests()).noneMatch(r -> r.status() == 400);
        assertThat(pages).as("pages of the port, five searches each").isLessThanOrEqualTo(requests("/search").size() / 5 + 1);
        return requests("/search").size();
    }
}
