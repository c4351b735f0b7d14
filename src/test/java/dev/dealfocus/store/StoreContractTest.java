package dev.dealfocus.store;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.core.sync.DealField;
import dev.dealfocus.core.sync.TaskPriority;
import dev.dealfocus.core.sync.JournalEntry;
import dev.dealfocus.core.sync.RunOutcome;
import dev.dealfocus.core.sync.RunSummary;
import dev.dealfocus.core.sync.Trigger;
import dev.dealfocus.testing.Mappers;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run on the embedded database and on real PostgreSQL with the same migrations. */
abstract class StoreContractTest {
    private JdbcDecisionStore store;
    private JdbcRunJournal journal;

    protected abstract DataSource dataSource();

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void clean() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("df_journal", "df_run", "df_latest", "df_written")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        store = new JdbcDecisionStore(dataSource(), Mappers.service(), Fixtures.CLOCK);
        journal = new JdbcRunJournal(dataSource(), Mappers.service(), Fixtures.CLOCK);
    }

    private static Assessment assess(DealSnapshot deal) {
        return new DealAssessor(Fixtures.policy(), Fixtures.CLOCK).assess(deal, null, TeamMedians.none());
    }

    @Test
    void givenSavedAssessments_previous_returnsWhatWasRememberedPerDeal() {
        DealSnapshot parked = deal().id("D-1").score(40).probability("0.5").property("margin", "1000").property("hours", "4").build();
        Assessment a = assess(parked);
        store.saveLatest(List.of(new DecisionStore.Latest(a, a.remembered(Status.PARKED, "qualified"), "Deal 1", "O-1", false)));
        store.saveLatest(List.of(new DecisionStore.Latest(a, a.remembered(Status.PARKED, "parked"), "Deal 1", "O-1", false)));

        Map<String, PreviousDecision> previous = store.previous(List.of("D-1", "D-unknown"));
        assertThat(previous).containsOnlyKeys("D-1");
        assertThat(previous.get("D-1")).isEqualTo(a.remembered(Status.PARKED, "parked"));
        assertThat(store.latest("D-1")).contains(a);
        assertThat(store.valueSamples()).singleElement().satisfies(s -> {
            assertThat(s.perHour()).isEqualByComparingTo("125");
            assertThat(s.statusBeforeValueRule()).isEqualTo(Status.PARKED);
        });
    }

    @Test
    void givenExpiryPassedSinceLastRunOrFailedWrite_dueForReassessment_listsThoseDeals() {
        DealSnapshot expiring = deal().id("D-exp").score(80).noActivities().createdOn(Fixtures.TODAY.minusDays(31)).build();
        DealSnapshot fresh = deal().id("D-fresh").score(80).build();
        DealSnapshot failed = deal().id("D-failed").score(80).build();
        store.saveLatest(List.of(latest(expiring, false), latest(fresh, false), latest(failed, true)));
        // expiring expires on TODAY-1: due when the last run was before it passed
        assertThat(store.dueForReassessment(Fixtures.TODAY.minusDays(2), Fixtures.TODAY))
                .containsExactlyInAnyOrder("D-exp", "D-failed");
        assertThat(store.dueForReassessment(Fixtures.TODAY, Fixtures.TODAY)).containsExactly("D-failed");
    }

    private static DecisionStore.Latest latest(DealSnapshot deal, boolean retry) {
        Assessment a = assess(deal);
        return new DecisionStore.Latest(a, a.remembered(a.status(), deal.stage()), deal.name(), deal.ownerId(), retry);
    }

    @Test
    void givenWrittenKeys_markWritten_isIdempotentAndWrittenKeysFindsThem() {
        store.markWritten(List.of(WriteResult.ok("k1", "N-1"), WriteResult.ok("k2", "T-2")));
        store.markWritten(List.of(WriteResult.ok("k1", "N-1")));
        assertThat(store.writtenKeys(List.of("k1", "k2", "k3"))).containsExactlyInAnyOrder("k1", "k2");
    }

    @Test
    void givenARun_journal_keepsItsSummaryAndEveryEntryWithWritesAndResults() {
        Instant start = Instant.parse("2026-11-30T06:00:00Z");
        RunSummary running = new RunSummary("run-1", Trigger.MANUAL, RunOutcome.RUNNING, false, true, true, "demo", start,
                null, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), "rules-x", null);
        journal.begin(running);
        List<CrmWrite> writes = List.of(
                new CrmWrite.FieldUpdate("D-1", "kf", Map.of(DealField.STATUS, "PARKED", DealField.SCORE, "40"), "parked"),
                new CrmWrite.Note("D-1", "kn", "O-1", start, "Parked: no dated next step since 2026-10-30."),
                new CrmWrite.Task("D-1", "kt", WrittenKind.REENGAGE_TASK, "O-1", LocalDate.of(2027, 3, 1),
                        TaskPriority.MEDIUM, "Check", "Body"));
        Assessment a = assess(deal().id("D-1").score(40).build());
        journal.record(List.of(
                new JournalEntry("run-1", "D-1", "Deal 1", Status.ACTIVE, Status.PARKED, 40, a.reasons(), a.inputHash(),
                        "rules-x", writes, List.of(WriteResult.ok("kf", "D-1"), WriteResult.ok("kn", "N-1"),
                        WriteResult.failed("kt", "429 rate limited", true)), null),
                new JournalEntry("run-1", "D-2", "Deal 2", null, null, null, List.of(), null, "rules-x", List.of(), List.of(),
                        "CLOSED_IN_CRM")));
        RunSummary done = new RunSummary("run-1", Trigger.MANUAL, RunOutcome.APPLIED, false, true, true, "demo", start,
                start.plusSeconds(2), 2, 1, 1, 0, 1, 3, 2, 1, 4, Map.of(Status.PARKED, 1), "rules-x", "applied");
        journal.finish(done);

        assertThat(journal.find("run-1")).contains(done);
        assertThat(journal.recent(10)).containsExactly(done);
        assertThat(journal.lastApplied(true)).contains(done);
        List<JournalEntry> entries = journal.entries("run-1");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).planned()).containsExactlyElementsOf(writes);
        assertThat(entries.get(0).results()).extracting(WriteResult::ok).containsExactly(true, true, false);
        assertThat(entries.get(0).reasons()).isEqualTo(a.reasons());
        assertThat(entries.get(1).leftAlone()).isEqualTo("CLOSED_IN_CRM");
    }

    @Test
    void givenOnlyHeldRuns_lastApplied_isEmpty() {
        journal.begin(new RunSummary("held", Trigger.MANUAL, RunOutcome.HELD, false, false, true, "demo", Instant.now(),
                Instant.now(), 1, 0, 1, 0, 1, 1, 0, 0, 1, Map.of(), "r", "held"));
        assertThat(journal.lastApplied(false)).isEmpty();
        assertThat(journal.find("nope")).isEmpty();
    }
}
