package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.core.port.WebhookInbox.Event;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns stored CRM change events into one run of the deals they concern: events coalesce per deal,
 * records of other kinds (a meeting, a call) are traced to their deals in batches, DealFocus's own
 * changes settle without a reassessment. Events count as processed once a run reassessed every deal
 * they concern (applied, or held by the safety cap); events that arrive meanwhile wait for the next pass.
 */
public final class EventProcessor {
    /** One pass: events taken, deals reassessed, events settled without a run, and the run, if any. */
    public record Pass(int events, int deals, int settled, RunSummary run) {
    }

    private final WebhookInbox inbox;
    private final CrmGateway crm;
    private final Function<RunRequest, RunSummary> runner;
    private final int batch;
    private final Clock clock;
    private final String worker;
    private final java.time.Duration hold;

    /** @param runner runs a request; throws {@link RunInProgressException} while another run goes on */
    public EventProcessor(WebhookInbox inbox, CrmGateway crm, Function<RunRequest, RunSummary> runner, int batch, Clock clock) {
        this(inbox, crm, runner, batch, clock, "worker-" + java.util.UUID.randomUUID(), java.time.Duration.ofMinutes(1));
    }

    /**
     * @param worker this replica, as its claims on the inbox name it
     * @param hold   how long a claim holds: the runs' lease's time to live, since a claim only has to last from its
     *               taking to its run's start (the run then holds the lease); a replica that dies frees its events after it
     */
    public EventProcessor(WebhookInbox inbox, CrmGateway crm, Function<RunRequest, RunSummary> runner, int batch, Clock clock,
                          String worker, java.time.Duration hold) {
        this.hold = hold;
        this.worker = worker;
        this.inbox = inbox;
        this.crm = crm;
        this.runner = runner;
        this.batch = batch;
        this.clock = clock;
    }

    /** Processes what is pending; empty when nothing was. A run in progress leaves everything pending. */
    public Optional<Pass> processPending() {
        java.time.Instant now = clock.instant();
        List<Event> pending = inbox.claim(batch, worker, now, now.plus(hold));
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = pending.stream().map(Event::key).toList();
        try {
            return Optional.of(process(pending, keys));
        } catch (RuntimeException e) {
            inbox.release(keys, worker); // a run under way (here or on another replica), a CRM error: taken again later
            throw e;
        }
    }

    private Pass process(List<Event> pending, List<String> keys) {
        Set<String> deals = new TreeSet<>();
        Map<String, List<Event>> others = new LinkedHashMap<>();
        int settled = 0;
        for (Event e : pending) {
            if (e.own()) {
                settled++; // DealFocus's own write coming back: nothing new to assess
            } else if (e.aboutDeal()) {
                deals.add(e.objectId());
            } else {
                others.computeIfAbsent(e.objectType(), k -> new ArrayList<>()).add(e);
            }
        }
        ApiCalls calls = new ApiCalls();
        others.forEach((type, events) -> crm.dealsOf(type, events.stream().map(Event::objectId).distinct().toList(), calls)
                .values().forEach(deals::addAll));
        if (deals.isEmpty()) {
            inbox.processed(keys, clock.instant());
            return new Pass(pending.size(), 0, settled, null);
        }
        RunSummary run = runner.apply(RunRequest.forDeals(deals));
        if (run.outcome() == RunOutcome.APPLIED || run.outcome() == RunOutcome.HELD) {
            inbox.processed(keys, clock.instant());
        } else {
            inbox.release(keys, worker); // failed or stopped: the next pass takes them again
        }
        return new Pass(pending.size(), deals.size(), settled, run);
    }
}
