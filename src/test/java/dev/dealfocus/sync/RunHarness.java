package dev.dealfocus.sync;

import dev.dealfocus.config.ConfigFixture;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.review.WeeklyReviews;
import dev.dealfocus.core.sync.ReviewTasks;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.core.sync.SyncPorts;
import dev.dealfocus.core.sync.SyncRunner;
import dev.dealfocus.core.sync.SyncSettings;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.crm.demo.DemoHands;
import dev.dealfocus.render.QuteRenderer;
import dev.dealfocus.render.Reengagement;
import dev.dealfocus.render.Templates;
import dev.dealfocus.render.Wording;
import dev.dealfocus.store.FileDealBuffers;
import dev.dealfocus.store.JdbcDecisionStore;
import dev.dealfocus.store.JdbcReviewSource;
import dev.dealfocus.store.JdbcRunJournal;
import dev.dealfocus.store.JdbcWriteIntents;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A whole run on a demo CRM and a fresh embedded database, with time moved by hand. */
final class RunHarness {
    static final RunRequest RUN = new RunRequest(Trigger.MANUAL, false, false);
    static final RunRequest CONFIRM = new RunRequest(Trigger.MANUAL, false, true);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    final JdbcDataSource dataSource = new JdbcDataSource();
    final DemoCrm demo;
    final DemoHands hands;
    final FlakyCrm crm;
    final JdbcDecisionStore store;
    final JdbcWriteIntents intents;
    final JdbcRunJournal journal;
    private final Duration fullScanEvery;

    /** A demo CRM opened on the harness's clock. */
    interface DemoFactory {
        DemoCrm open(java.time.Clock clock) throws Exception;
    }

    RunHarness(DemoFactory demo, Duration fullScanEvery) throws Exception {
        dataSource.setURL("jdbc:h2:mem:harness-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.demo = demo.open(clock);
        this.hands = new DemoHands(this.demo);
        this.crm = new FlakyCrm(this.demo);
        this.store = new JdbcDecisionStore(dataSource, Mappers.service(), clock);
        this.intents = new JdbcWriteIntents(dataSource, Mappers.service(), clock);
        this.journal = new JdbcRunJournal(dataSource, Mappers.service(), clock);
        this.fullScanEvery = fullScanEvery;
    }

    /** The bundled 51-deal demo pipeline; a full scan at most once a day. */
    static RunHarness bundled(java.nio.file.Path stateDir) throws Exception {
        return new RunHarness(clock -> dev.dealfocus.crm.demo.DemoCrmContractTest.open(stateDir, clock), Duration.ofDays(1));
    }

    private final Map<Map<String, String>, SyncRunner> runners = new java.util.HashMap<>();

    /** The runner for these settings: one per settings, as the service has one. */
    SyncRunner runner(Map<String, String> settings) {
        return runners.computeIfAbsent(settings, this::newRunner);
    }

    /** Weekly review tasks written by this harness's runners, or null for none (the default). */
    ReviewTasks.Settings reviewTasks;
    /** More tasks on no deal the runners write (the time-eater lists), built on this harness's ports. */
    java.util.function.Function<RunHarness, dev.dealfocus.core.sync.OwnerTaskSource> moreTasks;

    private SyncRunner newRunner(Map<String, String> settings) {
        QuteRenderer renderer = new QuteRenderer(Templates.engine(), new Wording("en"), Reengagement.NONE, demo.capabilities());
        var policy = ConfigFixture.demoPolicy(settings);
        ReviewTasks reviews = reviewTasks == null ? null : new ReviewTasks(reviewTasks,
                new JdbcReviewSource(dataSource, Mappers.service()), new WeeklyReviews(policy.value().belowMedianFactor(), 10,
                policy.recommendOnly(), policy.timeZone()), store, intents, renderer, policy);
        return new SyncRunner(new SyncPorts(crm, store, intents, journal, renderer, new FileDealBuffers(Mappers.service())),
                policy, clock, new SyncSettings(fullScanEvery, 3), ownerTasks(reviews));
    }

    private java.util.List<dev.dealfocus.core.sync.OwnerTaskSource> ownerTasks(ReviewTasks reviews) {
        java.util.List<dev.dealfocus.core.sync.OwnerTaskSource> out = new java.util.ArrayList<>();
        if (reviews != null) {
            out.add(reviews);
        }
        if (moreTasks != null) {
            out.add(moreTasks.apply(this));
        }
        return out;
    }

    /** The deal as DealFocus reads it now. */
    DealSnapshot deal(String dealId) {
        return hands.read(dealId);
    }

    RunSummary run(RunRequest request) {
        return run(request, Map.of());
    }

    RunSummary run(RunRequest request, Map<String, String> settings) {
        RunSummary s = runner(settings).run(request);
        clock.advance(Duration.ofMinutes(30));
        return s;
    }
}
