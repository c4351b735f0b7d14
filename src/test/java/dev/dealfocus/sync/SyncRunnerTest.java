package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static dev.dealfocus.sync.RunHarness.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.sync.RunInProgressException;
import dev.dealfocus.core.sync.RunRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole run on the demo CRM and the embedded database, with time moved by hand. */
class SyncRunnerTest extends OnTheBundledDemo {
    private FlakyCrm crm;

    @BeforeEach
    void setUp() {
        crm = h.crm;
    }

    private RunSummary run(RunRequest request) {
        return h.run(request);
    }

    @Test
    void givenFirstRunOnTheDemo_run_isHeldBySafetyCapAndWritesNothing() {
        RunSummary s = run(RUN);
        assertThat(s.outcome()).isEqualTo(RunOutcome.HELD);
        assertThat(s.read()).isEqualTo(51);
        assertThat(s.leftAlone()).isEqualTo(3);
        assertThat(s.assessed()).isEqualTo(48);
        assertThat(s.statusChanges()).isEqualTo(46);
        assertThat(s.message()).startsWith("The plan would change the status of 46 of 48 managed deals (95.8 %)");
        assertThat(s.applied()).isZero();
        assertThat(h.hands.notes("D-1018")).isEmpty();
        assertThat(h.store.previous(List.of("D-1018"))).isEmpty();
        assertThat(h.journal.entries(s.id())).hasSize(51);
    }

    @Test
    void givenConfirmedRun_run_appliesEveryWriteAndJournalsEveryDecision() {
        RunSummary s = run(CONFIRM);
        assertThat(s.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(s.applied()).isEqualTo(s.writes()).isPositive();
        assertThat(s.failed()).isZero();
        assertThat(s.message()).isEqualTo("An operator confirmed a plan over the safety cap: 46 of 48 managed deals change status (95.8 %).");
        List<JournalEntry> entries = h.journal.entries(s.id());
        assertThat(entries).hasSize(s.read());
        assertThat(entries.stream().mapToInt(e -> e.planned().size()).sum()).isEqualTo(s.writes());
        assertThat(entries.stream().filter(e -> e.before() != e.after() && e.after() != null).count())
                .isEqualTo(s.statusChanges());
        // Cobalt Mining: no dated next step for 31 days
        assertThat(h.hands.notes("D-1018")).singleElement().asString().contains("PARKED since 30 November 2026",
                "No dated next step since 30 October 2026", "Exit message draft");
        assertThat(h.hands.tasks("D-1018")).singleElement().asString().startsWith("REENGAGE_TASK due 2027-03-01");
        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.PARKED);
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
        assertThat(h.hands.notes("D-1018")).hasSize(1);
    }

    @Test
    void givenDryRun_run_plansButChangesNothing() {
        RunSummary s = run(new RunRequest(Trigger.MANUAL, true, false));
        assertThat(s.outcome()).isEqualTo(RunOutcome.DRY_RUN);
        assertThat(s.writes()).isPositive();
        assertThat(h.hands.notes("D-1018")).isEmpty();
        assertThat(h.journal.lastApplied(false)).isEmpty();
    }

    @Test
    void givenNotesRefusedBy5xx_run_journalsThemAndTheNextRunWritesEachOnce() {
        crm.notesFail = true;
        RunSummary first = run(CONFIRM);
        assertThat(first.failed()).isEqualTo(46);
        assertThat(h.hands.notes("D-1018")).isEmpty();
        // the status write went through; the note failed and is due again
        assertThat(h.deal("D-1018").dealFocus().status()).isEqualTo(Status.PARKED);

        crm.notesFail = false;
        RunSummary retry = run(RUN);
        assertThat(retry.failed()).isZero();
        assertThat(h.hands.notes("D-1018")).hasSize(1);
        RunSummary third = run(RUN);
        assertThat(third.writes()).isZero();
        assertThat(h.hands.notes("D-1018")).hasSize(1);
    }

    @Test
    void givenDailyQuotaRunsOut_run_stopsCleanlyAndTheNextRunResumes() {
        crm.batchesBeforeQuota = 1;
        RunSummary stopped = run(CONFIRM);
        assertThat(stopped.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(stopped.message()).contains("429 DAILY limit reached.").contains("the next run resumes");
        assertThat(stopped.applied()).isEqualTo(48); // the field batch went through; the quota ran out at the notes
        assertThat(h.hands.notes("D-1018")).isEmpty();
        crm.batchesBeforeQuota = -1;
        RunSummary resumed = run(CONFIRM);
        assertThat(resumed.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(resumed.failed()).isZero();
        assertThat(h.hands.notes("D-1018")).hasSize(1);
        assertThat(h.hands.tasks("D-1018")).hasSize(1);
        assertThat(run(RUN).writes()).isZero();
    }

    @Test
    void givenExpiryPassedWithoutChanges_incrementalRun_reassessesThoseDeals() throws Exception {
        h = new RunHarness(clock -> dev.dealfocus.crm.demo.DemoCrmContractTest.open(stateDir, clock), Duration.ofDays(30));
        run(CONFIRM);
        RunSummary quiet = run(RUN); // re-reads what the first run wrote, writes nothing
        h.clock.advance(Duration.ofDays(6));
        // the deals' own dates stay where they were: six days have passed for them
        List<String> due = h.store.dueForReassessment(quiet.startedAt().atZone(h.clock.getZone()).toLocalDate(),
                h.clock.instant().atZone(h.clock.getZone()).toLocalDate());
        RunSummary s = run(RUN);
        assertThat(s.full()).isFalse();
        DealSnapshot harbor = h.deal("D-1015"); // last touch 25 days ago, now 31
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
        assertThat(h.journal.find(s.id()).orElseThrow().outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(h.hands.notes("D-1018")).isEmpty();
    }

    @Test
    void givenRunUnderWay_secondRun_isRefused() throws Exception {
        crm.readGate = new CountDownLatch(1);
        CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(() -> h.runner(Map.of()).run(RUN));
        assertThat(crm.reading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> h.runner(Map.of()).run(RUN)).isInstanceOf(RunInProgressException.class);
        crm.readGate.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(RunOutcome.HELD);
    }

    @Test
    void givenRecommendOnly_run_writesRecommendationsButNeverStatusNotesOrTasks() {
        Map<String, String> recommendOnly = Map.of("dealfocus.recommend-only", "true");
        RunSummary s = h.run(RUN, recommendOnly);
        assertThat(s.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(s.statusChanges()).isZero();
        DealSnapshot cobalt = h.deal("D-1018");
        assertThat(cobalt.dealFocus().recommendedStatus()).isEqualTo(Status.PARKED);
        assertThat(cobalt.dealFocus().status()).isNull();
        assertThat(cobalt.dealFocus().score()).isEqualTo(80);
        assertThat(h.hands.notes("D-1018")).isEmpty();
        assertThat(h.hands.tasks("D-1018")).isEmpty();
        assertThat(h.run(RUN, recommendOnly).writes()).isZero();
    }

    @Test
    void givenAppliedRun_store_remembersWhatTheCrmShows() {
        run(CONFIRM);
        assertThat(h.store.previous(List.of("D-1018")).get("D-1018").status()).isEqualTo(Status.PARKED);
        assertThat(h.store.latest("D-1041").orElseThrow().reasons()).extracting(r -> r.code())
                .contains(ReasonCode.QUALIFYING, ReasonCode.MISSING_PROBLEM);
        assertThat(h.store.valueSamples()).hasSizeGreaterThan(30);
    }
}
