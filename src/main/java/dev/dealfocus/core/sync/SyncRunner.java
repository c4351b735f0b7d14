package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.plan.Planner;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.DealBuffer;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The "assess all" use case (architecture.md): settle what an interrupted run left, check the CRM
 * account, read into a buffer, take the team medians, count the status changes for the safety cap,
 * then journal and (unless held or a dry run) apply, page by page. A dry or held run changes no stored
 * state but its journal, so the next run decides from the same memory.
 */
public final class SyncRunner {
    private static final Duration DAY = Duration.ofHours(24);

    private final SyncPorts ports;
    private final Policy policy;
    private final Clock clock;
    private final SyncSettings settings;
    private final IntentRecovery recovery;
    /** The id of the run under way in this service, if any. */
    private volatile String live;
    private final AccountGuard accounts;
    private final RunCadence cadence;
    private final DealReader reader;
    private final DealPass pass;
    private final WritePass writes;
    private final ReentrantLock lock = new ReentrantLock();

    public SyncRunner(SyncPorts ports, Policy policy, Clock clock, SyncSettings settings) {
        this(ports, policy, clock, settings, List.of());
    }

    /** @param ownerTasks the tasks on no deal that applied runs write (weekly reviews, time-eater lists) */
    public SyncRunner(SyncPorts ports, Policy policy, Clock clock, SyncSettings settings, List<OwnerTaskSource> ownerTasks) {
        this.ports = ports;
        this.policy = policy;
        this.clock = clock;
        this.settings = settings;
        this.recovery = new IntentRecovery(ports.crm(), ports.intents(), ports.store(), ports.journal(), clock);
        this.accounts = new AccountGuard(ports.crm(), ports.store());
        this.cadence = new RunCadence(ports.journal(), settings.fullScanEvery(), policy.timeZone());
        this.reader = new DealReader(ports.crm(), ports.store(), ports.journal(), clock, policy.ruleSetVersion());
        this.pass = new DealPass(ports.store(), new Planner(policy), ports.crm().capabilities().readBatchSize());
        this.writes = new WritePass(new WriteBuilder(ports.renderer()),
                new OwedWrites(ports.intents(), settings.refusedWriteAttempts()), ports.intents(), ports.store(),
                ports.journal(), policy, ownerTasks);
    }

    /** Runs now; throws {@link RunInProgressException} while another run is under way. */
    public RunSummary run(RunRequest request) {
        if (!lock.tryLock()) {
            throw new RunInProgressException(live);
        }
        String id = UUID.randomUUID().toString();
        try {
            // one run at a time across replicas: the lease, taken before anything is read or written
            String holder = ports.lease().acquire(id);
            if (holder != null) {
                throw new RunInProgressException(holder);
            }
            try {
                return runLocked(request, id);
            } finally {
                ports.lease().release(id);
            }
        } finally {
            live = null;
            lock.unlock();
        }
    }

    /**
     * At start: runs a stopped service left RUNNING become INTERRUPTED; their writes are checked by the next run. Under
     * the lease, so a replica starting during a rolling update never interrupts another replica's live run; when
     * another run holds it, that run's successors settle what is left.
     */
    public List<String> interruptedAtStart() {
        String id = "start-" + UUID.randomUUID();
        if (!lock.tryLock()) {
            startLeaseFree = true; // this service's scheduler began a run already: it settles what is left
            return List.of();
        }
        try {
            if (ports.lease().acquire(id) != null) {
                startLeaseFree = false;
                return List.of();
            }
            startLeaseFree = true;
            try {
                return ports.journal().interruptRunning(INTERRUPTED, null);
            } finally {
                ports.lease().release(id);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the last {@link #interruptedAtStart()} found the lease free (so nothing is left to settle now); false while
     * another run, alive or dead, held it.
     */
    public boolean leaseFree() {
        return startLeaseFree;
    }

    private volatile boolean startLeaseFree;

    private static final String INTERRUPTED = "The service stopped while this run was under way; the next run checked its writes"
            + " against the CRM before planning anything.";

    private RunSummary runLocked(RunRequest request, String id) {
        Instant start = clock.instant();
        RunContext run = new RunContext(id, request, start,
                LocalDate.ofInstant(start, policy.timeZone()), new ReadSpec(policy.inputProperties()), new ApiCalls());
        RunReport report = new RunReport(run, ports.crm().capabilities().name(), policy.ruleSetVersion());
        live = run.id();
        ports.journal().begin(report.running());
        try {
            // holding the lease, no other run is live anywhere: one still RUNNING belongs to a replica that died
            ports.journal().interruptRunning(INTERRUPTED, run.id());
            recovery.resolve(run);
            accounts.check(run.calls());
            // change events read their deals by id and never count as a scan
            RunCadence.Window window = request.dealIds() != null ? new RunCadence.Window(false, null, null) : cadence.window(start);
            DealAssessor assessor = new DealAssessor(policy, Clock.fixed(start, policy.timeZone()));
            try (DealBuffer buffer = ports.buffers().open()) {
                ReadResult read = request.dealIds() != null ? reader.readIds(run, request.dealIds(), buffer, assessor)
                        : reader.read(run, window, buffer, assessor);
                report = report.read(read, window.full());
                TeamMedians medians = Medians.of(ports.store().valueSamples(), read, window.full(),
                        policy.value().minTeamDeals());
                DealPass.Counted counted = pass.count(buffer, assessor, medians);
                int managed = ports.store().managedCount() + read.newDeals() - read.departedKnown();
                SafetyCap.Verdict verdict = SafetyCap.check(counted.changing(),
                        ports.journal().statusChangesSince(start.minus(DAY)), managed, policy.safetyCap());
                report = report.counted(counted);
                boolean applies = !request.dryRun() && (!verdict.held() || request.confirm());
                WriteApplier applier = applies ? new WriteApplier(ports.crm(), ports.intents(), ports.store(),
                        ports.journal(), clock, run) : null;
                WritePass.Outcome written = writes.run(run, pass, buffer, assessor, medians, window.full(), applier);
                if (applies) {
                    forget(read, window.full() && written.stoppedBy() == null, start);
                }
                return finish(report.written(written), outcome(request, verdict, written), message(request, verdict, written));
            }
        } catch (AccountMismatchException e) {
            return finish(report, RunOutcome.FAILED, e.getMessage());
        } catch (CrmException e) {
            return finish(report, e.kind() == CrmException.Kind.QUOTA_EXHAUSTED ? RunOutcome.STOPPED : RunOutcome.FAILED,
                    e.getMessage());
        } catch (RuntimeException e) {
            // never leave a run standing as RUNNING in the journal; the caller still sees the failure
            try {
                finish(report, RunOutcome.FAILED, "Failed: " + e.getMessage());
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Deals that left drop out of the medians at once; a completed full scan drops what it no longer saw. */
    private void forget(ReadResult read, boolean completeFullScan, Instant start) {
        ports.store().retire(read.leftAlone());
        if (completeFullScan) {
            ports.store().retireUnseen(start);
        }
    }

    private static RunOutcome outcome(RunRequest request, SafetyCap.Verdict verdict, WritePass.Outcome written) {
        if (request.dryRun()) {
            return RunOutcome.DRY_RUN;
        }
        if (verdict.held() && !request.confirm()) {
            return RunOutcome.HELD;
        }
        if (written.stoppedBy() != null) {
            return written.failedRun() ? RunOutcome.FAILED : RunOutcome.STOPPED;
        }
        return RunOutcome.APPLIED;
    }

    private static String message(RunRequest request, SafetyCap.Verdict verdict, WritePass.Outcome written) {
        String message;
        if (written.stoppedBy() != null) {
            message = written.stoppedBy();
        } else if (request.dryRun()) {
            message = "Dry run: nothing was written. " + verdict.explanation();
        } else if (request.confirm() && verdict.held()) {
            message = "An operator confirmed a plan over the safety cap: " + verdict.share() + ".";
        } else {
            message = verdict.explanation();
        }
        if (written.unassigned() > 0) {
            message += " " + written.unassigned() + " task(s) not created: deals without an owner, and"
                    + " dealfocus.fallback-owner is not set.";
        }
        if (written.failing() > 0) {
            message += " " + written.failing() + (written.failing() == 1 ? " deal" : " deals")
                    + " failing: the CRM refuses their writes (the run's journal says why).";
        }
        return message;
    }

    private RunSummary finish(RunReport report, RunOutcome outcome, String message) {
        RunSummary summary = report.finished(outcome, message, clock.instant());
        ports.journal().finish(summary);
        return summary;
    }
}
