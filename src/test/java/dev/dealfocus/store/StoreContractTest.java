package dev.dealfocus.store;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Signal;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.plan.TaskPriority;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.testing.Mappers;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run on the embedded database and on real PostgreSQL with the same migrations. */
abstract class StoreContractTest {
    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");
    private JdbcDecisionStore store;
    private JdbcWriteIntents intents;
    private JdbcRunJournal journal;

    protected abstract DataSource dataSource();

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void clean() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("df_journal", "df_write_result", "df_status_change", "df_run", "df_latest",
                    "df_intent", "df_meta")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        store = new JdbcDecisionStore(dataSource(), Mappers.service(), Fixtures.CLOCK);
        intents = new JdbcWriteIntents(dataSource(), Mappers.service(), Fixtures.CLOCK);
        journal = new JdbcRunJournal(dataSource(), Mappers.service(), Fixtures.CLOCK);
    }

    private static Assessment assess(DealSnapshot deal) {
        return new DealAssessor(Fixtures.policy(), Fixtures.CLOCK).assess(deal, Fixtures.NOW, null, TeamMedians.none());
    }

    private static DecisionStore.Latest latest(DealSnapshot deal) {
        Assessment a = assess(deal);
        return new DecisionStore.Latest(a, a.remembered(a.status(), deal.stage(), true), deal.name(), deal.ownerId());
    }

    private static RunSummary run(String id, RunOutcome outcome, boolean confirmed, Instant start) {
        return new RunSummary(id, Trigger.MANUAL, outcome, false, confirmed, true, "demo", start,
                outcome == RunOutcome.RUNNING ? null : start.plusSeconds(2), 2, 1, 0, 1, 0, 1, 3, 2, 1, 0, 4, 1, 1,
                Map.of(Status.PARKED, 1), "rules-x", start.minusSeconds(60), "done");
    }

    private static JournalEntry line(String run, String deal, String stage, Integer score, Boolean won) {
        return new JournalEntry(run, deal, "Deal " + deal, Status.ACTIVE, Status.ACTIVE, score, List.of(), null, "rules-x", List.of(),
                List.of(), won == null ? null : "CLOSED_IN_CRM", null, "default", stage, won);
    }

    @Test
    void givenAQuartersEffortStored_itIsReadBackPerDeal_andReplacedWhenReadAgain() {
        JdbcEffortStore efforts = new JdbcEffortStore(dataSource());
        Instant first = Instant.parse("2026-11-30T09:00:00Z");
        efforts.store("2026-Q4", Map.of("D-1", new java.math.BigDecimal("3.25"), "D-2", java.math.BigDecimal.ZERO), first);
        efforts.store("2026-Q3", Map.of("D-1", new java.math.BigDecimal("9.00")), first);
        efforts.store("2026-Q4", Map.of("D-1", new java.math.BigDecimal("4.50")), first.plusSeconds(86_400));
        var stored = efforts.stored("2026-Q4", List.of("D-1", "D-2", "D-3"));
        assertThat(stored).containsOnlyKeys("D-1", "D-2");
        assertThat(stored.get("D-1").hours()).isEqualByComparingTo("4.50");
        assertThat(stored.get("D-1").readAt()).isEqualTo(first.plusSeconds(86_400));
        assertThat(stored.get("D-2").hours()).isEqualByComparingTo("0");
        assertThat(efforts.stored("2026-Q3", List.of("D-1")).get("D-1").hours()).isEqualByComparingTo("9.00");
    }

    @Test
    void givenRunsAroundAQuarter_quarterFacts_takeTheStageAndScoreAtItsStartAndEndAndWhetherItWasWon() {
        Instant q4 = Instant.parse("2026-09-30T22:00:00Z");
        Instant q1 = Instant.parse("2026-12-31T23:00:00Z");
        journal.begin(run("before", RunOutcome.APPLIED, false, q4.minusSeconds(86_400)));
        journal.begin(run("early", RunOutcome.APPLIED, false, q4.plusSeconds(86_400)));
        journal.begin(run("dry", RunOutcome.DRY_RUN, false, q4.plusSeconds(2 * 86_400)));
        journal.begin(run("late", RunOutcome.APPLIED, false, q1.minusSeconds(86_400)));
        journal.begin(run("after", RunOutcome.APPLIED, false, q1.plusSeconds(3_600)));
        journal.record(List.of(line("before", "D-1", "qualified", 50, null), line("early", "D-1", "qualified", 50, null),
                line("late", "D-1", "proposal", 70, null), line("after", "D-1", "closing", 90, null),
                line("early", "D-2", "demo", 60, null), line("dry", "D-2", "proposal", 99, null), line("late", "D-2", "demo", 55, null),
                line("late", "D-3", null, null, true), line("after", "D-4", "demo", 40, null)));

        var facts = new JdbcQuarterJournal(dataSource()).facts(q4, q1);

        assertThat(facts).containsOnlyKeys("D-1", "D-2");
        assertThat(facts.get("D-1")).isEqualTo(new dev.dealfocus.core.eaters.QuarterFacts("D-1", "default", "qualified", "proposal",
                50, 70, false));
        assertThat(facts.get("D-1").scoreRose()).isTrue();
        assertThat(facts.get("D-2")).as("the dry run decided nothing").extracting(f -> f.stageAtStart() + "->" + f.stageAtEnd(),
                dev.dealfocus.core.eaters.QuarterFacts::scoreRose).containsExactly("demo->demo", false);
    }

    @Test
    void givenSavedAssessments_previous_returnsWhatWasRememberedPerDealInTheStoresOwnShape() {
        DealSnapshot parked = deal().id("D-1").score(40).probability("0.5").property("margin", "1000").property("hours", "4").build();
        Assessment a = assess(parked);
        PreviousDecision remembered = new PreviousDecision(Status.PARKED, "parked", a.inputHash(), Fixtures.NOW,
                Status.PARKED, Fixtures.TODAY, true, Fixtures.TODAY, LocalDate.of(2027, 3, 1),
                Map.of(Signal.NO_TIMELINE, Fixtures.TODAY.minusDays(3)), new HumanHold(null, true, null, Fixtures.TODAY));
        store.saveLatest(List.of(new DecisionStore.Latest(a, remembered, "Deal 1", "O-1")), START);

        assertThat(store.previous(List.of("D-1", "D-unknown"))).containsOnly(Map.entry("D-1", remembered));
        assertThat(store.latest("D-1")).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(Status.PARKED);
            assertThat(d.score()).isEqualTo(40);
            assertThat(d.reasons()).isEqualTo(a.reasons());
            assertThat(d.managed()).isTrue();
        });
        assertThat(store.valueSamples()).singleElement().satisfies(s -> {
            assertThat(s.perHour()).isEqualByComparingTo("125");
            assertThat(s.statusBeforeValueRule()).isEqualTo(Status.PARKED);
        });
        assertThat(store.managedCount()).isEqualTo(1);
    }

    @Test
    void givenMemoryKeptBeforeTheStoreHadItsOwnShape_previous_readsIt() throws Exception {
        Assessment a = assess(deal().id("D-old").score(40).build());
        store.saveLatest(List.of(latest(deal().id("D-old").score(40).build())), START);
        String legacy = "{\"status\":\"PARKED\",\"stage\":\"qualified\",\"inputHash\":\"" + a.inputHash() + "\","
                + "\"decidedOn\":\"2026-11-20\",\"assessedAt\":\"2026-11-29T09:00:00Z\",\"lastEventOn\":null,"
                + "\"reengageOn\":\"2027-02-18\",\"signalsSince\":{\"NO_TIMELINE\":\"2026-11-01\"},"
                + "\"hold\":{\"status\":\"ACTIVE\",\"stage\":null,\"since\":\"2026-11-25\"}}";
        try (Connection c = dataSource().getConnection(); var ps = c.prepareStatement(
                "UPDATE df_latest SET remembered = ? WHERE deal_id = 'D-old'")) {
            ps.setString(1, legacy);
            ps.executeUpdate();
        }
        PreviousDecision p = store.previous(List.of("D-old")).get("D-old");
        assertThat(p.status()).isEqualTo(Status.PARKED);
        assertThat(p.decidedStatus()).isEqualTo(Status.PARKED);
        assertThat(p.decisionWritten()).isTrue();
        assertThat(p.readAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(p.signalsSince()).containsEntry(Signal.NO_TIMELINE, LocalDate.of(2026, 11, 1));
        assertThat(p.hold()).isEqualTo(new HumanHold(Status.ACTIVE, false, null, LocalDate.of(2026, 11, 25)));
    }

    @Test
    void givenDealsThatLeftOrWereNotSeenByACompleteFullScan_store_nolongerManagesThemNorUsesTheirSamples() {
        DealSnapshot kept = deal().id("D-kept").probability("0.5").property("margin", "1000").property("hours", "4").build();
        DealSnapshot closed = deal().id("D-closed").probability("0.5").property("margin", "1000").property("hours", "4").build();
        DealSnapshot gone = deal().id("D-gone").probability("0.5").property("margin", "1000").property("hours", "4").build();
        store.saveLatest(List.of(latest(gone)), START.minusSeconds(3600));
        store.saveLatest(List.of(latest(kept), latest(closed)), START);

        store.retire(Map.of("D-closed", "CLOSED_IN_CRM"));
        assertThat(store.retireUnseen(START)).isEqualTo(1);

        assertThat(store.valueSamples()).extracting(s -> s.dealId()).containsExactly("D-kept");
        assertThat(store.managedCount()).isEqualTo(1);
        assertThat(store.latest("D-gone")).hasValueSatisfying(d -> assertThat(d.managed()).isFalse());
    }

    @Test
    void givenARunStartWithNanoseconds_aCompleteFullScan_keepsManagingTheDealsItSaw() {
        // the system clock has nanoseconds; the databases keep microseconds
        Instant start = START.plusNanos(123_456_123);
        store.saveLatest(List.of(latest(deal().id("D-seen").build())), start);
        assertThat(store.retireUnseen(start)).isZero();
        assertThat(store.managedCount()).isEqualTo(1);
    }

    @Test
    void givenExpiryPassedSinceLastRunOrFailedWrite_dueForReassessment_listsThoseDeals() {
        DealSnapshot expiring = deal().id("D-exp").score(80).noActivities().createdOn(Fixtures.TODAY.minusDays(31)).build();
        DealSnapshot fresh = deal().id("D-fresh").score(80).build();
        DealSnapshot failed = deal().id("D-failed").score(80).build();
        store.saveLatest(List.of(latest(expiring), latest(fresh), latest(failed)), START);
        intents.plan(List.of(Intent.planned(new CrmWrite.Note("D-failed", "k-failed", "O-1", START, "Note"), "d1",
                Status.ACTIVE, null, null, null, "run-1")));
        intents.settle(List.of(WriteResult.failed("k-failed", "502", null)));
        // expiring expires on TODAY-1: due when the last run was before it passed
        assertThat(store.dueForReassessment(Fixtures.TODAY.minusDays(2), Fixtures.TODAY))
                .containsExactlyInAnyOrder("D-exp", "D-failed");
        assertThat(store.dueForReassessment(Fixtures.TODAY, Fixtures.TODAY)).containsExactly("D-failed");
    }

    @Test
    void givenAStatusWriteThatDidNotGoThrough_notWritten_rememberesWhatTheCrmShows() {
        DealSnapshot deal = deal().id("D-1").score(40).build();
        store.saveLatest(List.of(latest(deal)), START);
        store.notWritten(Map.of("D-1", new DecisionStore.Shown(Status.ACTIVE, "qualified")));
        PreviousDecision p = store.previous(List.of("D-1")).get("D-1");
        assertThat(p.status()).isEqualTo(Status.ACTIVE);
        assertThat(p.decidedStatus()).isEqualTo(Status.PARKED);
        assertThat(p.decisionWritten()).isFalse();
    }

    @Test
    void givenAnAccount_bindAccount_keepsItForGood() {
        assertThat(store.boundAccount()).isEmpty();
        store.bindAccount("demo:demo");
        assertThat(store.boundAccount()).contains("demo:demo");
    }

    private static Intent note(String key, String runId) {
        return Intent.planned(new CrmWrite.Note("D-1", key, "O-1", START, "Parked."), "decision-1", Status.PARKED, null,
                null, null, runId);
    }

    @Test
    void givenAWriteAnotherRunIsSending_plan_leavesItToThatRun() {
        journal.begin(run("run-a", RunOutcome.RUNNING, false, START));
        journal.begin(run("run-b", RunOutcome.RUNNING, false, START.plusSeconds(1)));
        assertThat(intents.plan(List.of(note("k-1", "run-a")))).containsExactly("k-1");
        intents.sending(List.of("k-1"));
        assertThat(intents.plan(List.of(note("k-1", "run-b"), note("k-2", "run-b")))).containsExactly("k-2");
    }

    @Test
    void givenANoteTheCrmTook_plan_neverHoldsItAgainButAFieldWriteMayBeSentAgain() {
        CrmWrite.FieldUpdate fields = new CrmWrite.FieldUpdate("D-1", "k-f", Map.of(DealField.SCORE, "40"), null);
        intents.plan(List.of(note("k-n", "run-a"), Intent.planned(fields, "decision-1", Status.PARKED, null, null, null,
                "run-a")));
        intents.settle(List.of(WriteResult.ok("k-n", "N-1"), WriteResult.ok("k-f", "D-1")));
        assertThat(intents.states(List.of("k-n", "k-f", "k-x"))).containsOnly(Map.entry("k-n", Intent.State.APPLIED),
                Map.entry("k-f", Intent.State.APPLIED));
        assertThat(intents.plan(List.of(note("k-n", "run-b"), Intent.planned(fields, "decision-1", Status.PARKED, null,
                null, null, "run-b")))).containsExactly("k-f");
    }

    @Test
    void givenIntentsOfARunThatIsNoLongerRunning_orphans_listsThemAndResolveSettlesThem() {
        journal.begin(run("run-a", RunOutcome.RUNNING, false, START));
        intents.plan(List.of(note("k-sent", "run-a"), note("k-planned", "run-a")));
        intents.sending(List.of("k-sent"));
        assertThat(intents.orphans()).isEmpty();
        journal.begin(run("run-live", RunOutcome.RUNNING, false, START));
        assertThat(journal.interruptRunning("stopped", "run-live")).as("the run this service began stays").containsExactly("run-a");
        assertThat(journal.find("run-live").orElseThrow().outcome()).isEqualTo(RunOutcome.RUNNING);

        assertThat(intents.orphans()).extracting(Intent::key, Intent::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("k-sent", Intent.State.SENDING),
                org.assertj.core.groups.Tuple.tuple("k-planned", Intent.State.PLANNED));
        intents.resolve(Map.of("k-sent", "N-9"), List.of("k-planned"), List.of(), "interrupted");
        assertThat(intents.orphans()).isEmpty();
        assertThat(intents.unsettled(List.of("D-1"))).extracting(Intent::key).containsExactly("k-planned");
        assertThat(journal.find("run-a")).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.INTERRUPTED));
    }

    @Test
    void givenARun_journal_keepsItsSummaryAndEveryEntryWithWritesAndThisRunsResults() {
        RunSummary running = run("run-1", RunOutcome.RUNNING, true, START);
        journal.begin(running);
        List<CrmWrite> writes = List.of(
                new CrmWrite.FieldUpdate("D-1", "kf", Map.of(DealField.STATUS, "PARKED", DealField.SCORE, "40"), "parked"),
                new CrmWrite.Note("D-1", "kn", "O-1", START, "Parked: no dated next step since 2026-10-30."),
                new CrmWrite.Task("D-1", "kt", WrittenKind.REENGAGE_TASK, "O-1", LocalDate.of(2027, 3, 1),
                        TaskPriority.MEDIUM, "Check", "Body"),
                new CrmWrite.TaskUpdate("D-1", "ku", "T-7", null, true));
        Assessment a = assess(deal().id("D-1").score(40).build());
        journal.record(List.of(
                new JournalEntry("run-1", "D-1", "Deal 1", Status.ACTIVE, Status.PARKED, 40, a.reasons(), a.inputHash(),
                        "rules-x", writes, List.of(), null, null, "default", "qualifiedtobuy", null),
                new JournalEntry("run-1", "D-2", "Deal 2", null, null, null, List.of(), null, "rules-x", List.of(), List.of(),
                        "MALFORMED", "cannot be read as a deal: currency must be an ISO-4217 code", null, null, null),
                new JournalEntry("run-1", "D-3", "Deal 3", null, null, null, List.of(), null, "rules-x", List.of(), List.of(),
                        "CLOSED_IN_CRM", "won", null, null, true)));
        journal.recordResults("run-1", List.of(WriteResult.ok("kf", "D-1"), WriteResult.ok("kn", "N-1"),
                WriteResult.failed("kt", "429 rate limited", null)));
        RunSummary done = run("run-1", RunOutcome.APPLIED, true, START);
        journal.finish(done);

        assertThat(journal.find("run-1")).contains(done);
        assertThat(journal.recent(10)).containsExactly(done);
        assertThat(journal.lastApplied(true)).contains(done);
        List<JournalEntry> entries = journal.entries("run-1");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(2).won()).isTrue();
        assertThat(entries.get(0).planned()).containsExactlyElementsOf(writes);
        assertThat(entries.get(0).results()).extracting(WriteResult::outcome).containsExactly(
                WriteResult.Outcome.APPLIED, WriteResult.Outcome.APPLIED, WriteResult.Outcome.FAILED);
        assertThat(entries.get(0).reasons()).isEqualTo(a.reasons());
        assertThat(entries.get(0)).extracting(JournalEntry::pipeline, JournalEntry::stage).containsExactly("default", "qualifiedtobuy");
        assertThat(entries.get(1).leftAlone()).isEqualTo("MALFORMED");
        assertThat(entries.get(1).detail()).contains("ISO-4217");
    }

    @Test
    void givenStatusChangesOfUnconfirmedAndConfirmedRuns_statusChangesSince_countsTheUnconfirmedOnesAfterTheLastConfirmation() {
        journal.begin(run("confirmed", RunOutcome.APPLIED, true, START));
        journal.recordStatusChanges("confirmed", true, List.of("D-1", "D-2"), START.plusSeconds(1));
        journal.begin(run("later", RunOutcome.APPLIED, false, START.plusSeconds(60)));
        journal.recordStatusChanges("later", false, List.of("D-3", "D-3", "D-4"), START.plusSeconds(61));
        journal.recordStatusChanges("before", false, List.of("D-0"), START.minusSeconds(60));

        assertThat(journal.statusChangesSince(START.minusSeconds(3600))).isEqualTo(Set.of("D-3", "D-4"));
        assertThat(journal.statusChangesSince(START.plusSeconds(3600))).isEmpty();
    }

    @Test
    void givenOnlyHeldRuns_lastApplied_isEmpty() {
        journal.begin(run("held", RunOutcome.HELD, false, START));
        assertThat(journal.lastApplied(false)).isEmpty();
        assertThat(journal.find("nope")).isEmpty();
    }
}
