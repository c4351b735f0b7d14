package dev.dealfocus.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.config.ConfigFixture;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.sync.JournalEntry;
import dev.dealfocus.core.sync.RunInProgressException;
import dev.dealfocus.core.sync.RunOutcome;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.core.sync.RunSummary;
import dev.dealfocus.core.sync.SyncRunner;
import dev.dealfocus.core.sync.Trigger;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.crm.demo.DemoCrmContractTest;
import dev.dealfocus.render.QuteRenderer;
import dev.dealfocus.render.Reengagement;
import dev.dealfocus.render.Templates;
import dev.dealfocus.render.Wording;
import dev.dealfocus.store.JdbcDecisionStore;
import dev.dealfocus.store.JdbcRunJournal;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run on the demo CRM and the embedded database, with time moved by hand. */
class SyncRunnerTest {
    private static final RunRequest RUN = new RunRequest(Trigger.MANUAL, false, false);
    private static final RunRequest CONFIRM = new RunRequest(Trigger.MANUAL, false, true);

    @TempDir
    Path stateDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private DemoCrm demo;
    private FlakyCrm crm;
    private JdbcDecisionStore store;
    private JdbcRunJournal journal;
    private SyncRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sync-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
        demo = DemoCrmContractTest.open(stateDir, clock);
        crm = new FlakyCrm(demo);
        store = new JdbcDecisionStore(ds, Mappers.service(), clock);
        journal = new JdbcRunJournal(ds, Mappers.service(), clock);
        runner = new SyncRunner(crm, store, journal, new QuteRenderer(Templates.engine(), new Wording("en"), Reengagement.NONE, demo.capabilities()),
                ConfigFixture.demoPolicy(), clock, Duration.ofDays(30));
    }

    private RunSummary run(RunRequest request) {
        RunSummary s = runner.run(request);
        clock.advance(Duration.ofMinutes(30));
        return s;
    }

    @Test
    void givenFirstRunOnTheDemo_run_isHeldBySafetyCapAndWritesNothing() {
        RunSummary s = run(RUN);
        assertThat(s.outcome()).isEqualTo(RunOutcome.HELD);
        assertThat(s.read()).isEqualTo(51);
        assertThat(s.leftAlone()).isEqualTo(3);
        assertThat(s.assessed()).isEqualTo(48);
        assertThat(s.statusChanges()).isEqualTo(47);
        assertThat(s.message()).startsWith("The plan would change the status of 47 of 48 assessed deals (97.9 %)");
        assertThat(s.applied()).isZero();
        assertThat(demo.notes("D-1018")).isEmpty();
        assertThat(store.previous(List.of("D-1018"))).isEmpty();
        assertThat(journal.entries(s.id())).hasSize(51);
    }

    @Test
    void givenConfirmedRun_run_appliesEveryWriteAndJournalsEveryDecision() {
        RunSummary s = run(CONFIRM);
        assertThat(s.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(s.applied()).isEqualTo(s.writes()).isPositive();
        assertThat(s.failed()).isZero();
        assertThat(s.message()).isEqualTo("An operator confirmed a plan over the safety cap: 47 of 48 assessed deals change status.");
        List<JournalEntry> entries = journal.entries(s.id());
        assertThat(entries).hasSize(s.read());
        assertThat(entries.stream().mapToInt(e -> e.planned().size()).sum()).isEqualTo(s.writes());
        assertThat(entries.stream().filter(e -> e.before() != e.after() && e.after() != null).count())
                .isEqualTo(s.statusChanges());
        // Cobalt Mining: no dated next step for 31 days
        assertThat(demo.notes("D-1018")).singleElement().asString().contains("PARKED since 30 November 2026",
                "No dated next step since 30 October 2026", "Exit message draft");
        assertThat(demo.tasks("D-1018")).singleElement().asString().startsWith("REENGAGE_TASK due 2027-03-01");
        assertThat(demo.readDealsById(List.of("D-1018")).get(0).dealFocus().status()).isEqualTo(Status.PARKED);
        // API calls: one page read, then batches of at most 100 writes, one call per kind of write
        assertThat(s.apiCalls()).isLessThanOrEqualTo(1 + 3L * ((s.writes() + 99) / 100) + 2);
    }

    @Test
    void givenAppliedRun_immediateSecondRun_writesNothing() {
        run(CONFIRM);
        RunSummary second = run(RUN);
        assertThat(second.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(second.full()).isFalse();
        assertThat(second.writes()).isZero();
        assertThat(second.statusChanges()).isZero();
        assertThat(demo.notes("D-1018")).hasSize(1);
    }

    @Test
    void givenDryRun_run_plansButChangesNothing() {
        RunSummary s = run(new RunRequest(Trigger.MANUAL, true, false));
        assertThat(s.outcome()).isEqualTo(RunOutcome.DRY_RUN);
        assertThat(s.writes()).isPositive();
        assertThat(demo.notes("D-1018")).isEmpty();
        assertThat(journal.lastApplied(false)).isEmpty();
    }

    @Test
    void givenNotesRefusedBy5xx_run_journalsThemAndTheNextRunWritesEachOnce() {
        crm.notesFail = true;
        RunSummary first = run(CONFIRM);
        assertThat(first.failed()).isEqualTo(47);
        assertThat(demo.notes("D-1018")).isEmpty();
        // the status write went through; the note failed and is due again
        assertThat(demo.readDealsById(List.of("D-1018")).get(0).dealFocus().status()).isEqualTo(Status.PARKED);

        crm.notesFail = false;
        RunSummary retry = run(RUN);
        assertThat(retry.failed()).isZero();
        assertThat(demo.notes("D-1018")).hasSize(1);
        RunSummary third = run(RUN);
        assertThat(third.writes()).isZero();
        assertThat(demo.notes("D-1018")).hasSize(1);
    }

    @Test
    void givenDailyQuotaRunsOut_run_stopsCleanlyAndTheNextRunResumes() {
        crm.batchesBeforeQuota = 1;
        RunSummary stopped = run(CONFIRM);
        assertThat(stopped.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(stopped.message()).contains("429 DAILY limit reached.").contains("the next run resumes");
        assertThat(stopped.applied()).isEqualTo(100);
        crm.batchesBeforeQuota = -1;
        RunSummary resumed = run(CONFIRM);
        assertThat(resumed.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(resumed.failed()).isZero();
        assertThat(run(RUN).writes()).isZero();
    }

    @Test
    void givenExpiryPassedWithoutChanges_incrementalRun_reassessesThoseDeals() {
        run(CONFIRM);
        RunSummary quiet = run(RUN); // re-reads what the first run wrote, writes nothing
        clock.advance(Duration.ofDays(6));
        DemoCrm later = demo; // the deals' own dates stay where they were: six days have passed for them
        List<String> due = store.dueForReassessment(quiet.startedAt().atZone(clock.getZone()).toLocalDate(),
                clock.instant().atZone(clock.getZone()).toLocalDate());
        RunSummary s = run(RUN);
        assertThat(s.full()).isFalse();
        DealSnapshot harbor = later.readDealsById(List.of("D-1015")).get(0); // last touch 25 days ago, now 31
        assertThat(harbor.dealFocus().status()).isEqualTo(Status.PARKED);
        assertThat(harbor.dealFocus().reasons()).contains(ReasonCode.EXPIRED.name());
        // only the deals whose expiry (a passed next step, or 30 quiet days) fell in those six days
        assertThat(due).contains("D-1015").hasSizeLessThan(48);
        assertThat(s.read()).isEqualTo(due.size());
    }

    @Test
    void givenTheCrmCannotBeRead_run_failsWithTheMessageAndWritesNothing() {
        crm.readFails = true;
        RunSummary s = run(CONFIRM);
        assertThat(s.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(s.message()).isEqualTo("503 Service Unavailable");
        assertThat(journal.find(s.id()).orElseThrow().outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(demo.notes("D-1018")).isEmpty();
    }

    @Test
    void givenRunUnderWay_secondRun_isRefused() throws Exception {
        crm.readGate = new CountDownLatch(1);
        CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(() -> runner.run(RUN));
        assertThat(crm.reading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> runner.run(RUN)).isInstanceOf(RunInProgressException.class);
        crm.readGate.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(RunOutcome.HELD);
    }

    @Test
    void givenRecommendOnly_run_writesRecommendationsButNeverStatusNotesOrTasks() {
        SyncRunner recommending = new SyncRunner(crm, store, journal, new QuteRenderer(Templates.engine(), new Wording("en"), Reengagement.NONE, demo.capabilities()),
                ConfigFixture.demoPolicy(java.util.Map.of("dealfocus.recommend-only", "true")), clock, Duration.ofDays(30));
        RunSummary s = recommending.run(RUN);
        assertThat(s.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(s.statusChanges()).isZero();
        DealSnapshot cobalt = demo.readDealsById(List.of("D-1018")).get(0);
        assertThat(cobalt.dealFocus().recommendedStatus()).isEqualTo(Status.PARKED);
        assertThat(cobalt.dealFocus().status()).isNull();
        assertThat(cobalt.dealFocus().score()).isEqualTo(80);
        assertThat(demo.notes("D-1018")).isEmpty();
        assertThat(demo.tasks("D-1018")).isEmpty();
        clock.advance(Duration.ofMinutes(30));
        assertThat(recommending.run(RUN).writes()).isZero();
    }

    @Test
    void givenAppliedRun_store_remembersWhatTheCrmShows() {
        run(CONFIRM);
        assertThat(store.previous(List.of("D-1018")).get("D-1018").status()).isEqualTo(Status.PARKED);
        assertThat(store.latest("D-1041").orElseThrow().insufficientData()).isTrue();
        assertThat(store.valueSamples()).hasSizeGreaterThan(30);
    }
}
