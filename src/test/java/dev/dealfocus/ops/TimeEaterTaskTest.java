package dev.dealfocus.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.config.ConfigFixture;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.crm.demo.DemoCrmContractTest;
import dev.dealfocus.crm.demo.DemoHands;
import dev.dealfocus.render.QuteRenderer;
import dev.dealfocus.render.Reengagement;
import dev.dealfocus.render.Templates;
import dev.dealfocus.render.Wording;
import dev.dealfocus.store.FileDealBuffers;
import dev.dealfocus.store.JdbcDecisionStore;
import dev.dealfocus.store.JdbcEffortStore;
import dev.dealfocus.store.JdbcQuarterJournal;
import dev.dealfocus.store.JdbcReviewSource;
import dev.dealfocus.store.JdbcRunJournal;
import dev.dealfocus.store.JdbcWriteIntents;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 3: the quarterly time-eater list as a task for each configured team lead, written by the first
 * applied run in the first week of the next quarter, once per team and quarter, on the bundled demo.
 */
class TimeEaterTaskTest {
    private static final Map<String, String> LEADS = Map.of("dealfocus.time-eaters.leads.\"team:T-NORTH\"", "O-ANNA",
            "dealfocus.time-eaters.leads.\"team:T-SOUTH\"", "O-CARLA");
    private static final RunRequest CONFIRM = new RunRequest(Trigger.MANUAL, false, true);

    @TempDir
    Path stateDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final JdbcDataSource db = new JdbcDataSource();
    private DemoCrm demo;
    private dev.dealfocus.core.sync.SyncRunner runner;
    private JdbcWriteIntents intents;
    private TimeEaterReports reports;

    @BeforeEach
    void service() throws Exception {
        db.setURL("jdbc:h2:mem:eaters-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        demo = DemoCrmContractTest.open(stateDir, clock);
        var config = ConfigFixture.mapping(LEADS);
        var policy = ConfigFixture.demoPolicy(LEADS);
        var store = new JdbcDecisionStore(db, Mappers.service(), clock);
        intents = new JdbcWriteIntents(db, Mappers.service(), clock);
        var journal = new JdbcRunJournal(db, Mappers.service(), clock);
        QuteRenderer renderer = new QuteRenderer(Templates.engine(), new Wording("en"), Reengagement.NONE, demo.capabilities());
        reports = new TimeEaterReports(new JdbcReviewSource(db, Mappers.service()), new JdbcQuarterJournal(db), demo,
                store, policy, config, new JdbcEffortStore(db), clock);
        runner = new dev.dealfocus.core.sync.SyncRunner(new dev.dealfocus.core.sync.SyncPorts(demo, store, intents, journal, renderer,
                new FileDealBuffers(Mappers.service())), policy, clock, new dev.dealfocus.core.sync.SyncSettings(java.time.Duration.ofDays(1), 3),
                List.of(new TimeEaterTasks(reports, intents, renderer, policy, config)));
    }

    private RunSummary run(RunRequest request) {
        RunSummary s = runner.run(request);
        clock.advance(java.time.Duration.ofHours(1));
        return s;
    }

    @Test
    void givenTheFirstWeekOfTheNextQuarter_eachLeadGetsTheTeamsListOnce_andNotInTheWeeksAfter() {
        assertThat(run(CONFIRM).outcome()).isEqualTo(RunOutcome.APPLIED);
        DemoHands hands = new DemoHands(demo);
        assertThat(hands.ownerTasks()).as("in the quarter itself: none").isEmpty();

        clock.set(Instant.parse("2027-01-04T08:00:00Z")); // Monday of Q1's first week
        run(CONFIRM);
        assertThat(hands.ownerTasks()).hasSize(2).anySatisfy(t -> assertThat(t).startsWith("O-ANNA due 2027-01-04: Time-eaters 2026-Q4, team team:T-NORTH"))
                .anySatisfy(t -> assertThat(t).startsWith("O-CARLA due 2027-01-04: Time-eaters 2026-Q4, team team:T-SOUTH"));
        assertThat(hands.ownerTaskBody("O-ANNA")).contains("/api/reports/time-eaters?quarter=2026-Q4&team=team%3AT-NORTH")
                .contains(" h, value per hour ");

        run(CONFIRM);
        run(new RunRequest(Trigger.WEBHOOK, false, false, java.util.Set.of("D-1001")));
        clock.set(Instant.parse("2027-01-09T08:00:00Z"));
        run(CONFIRM);
        assertThat(hands.ownerTasks()).as("once per team and quarter").hasSize(2);
    }

    @Test
    void givenAQuarterStartedMoreThanAWeekAgo_writesNone() {
        run(CONFIRM);
        clock.set(Instant.parse("2027-01-08T09:00:00Z")); // the eighth day
        run(CONFIRM);
        assertThat(new DemoHands(demo).ownerTasks()).isEmpty();
    }

    @Test
    void givenADealLostInTheQuarter_theListStillNamesIt_butNotOneWon() {
        run(CONFIRM);
        DemoHands hands = new DemoHands(demo);
        hands.setState("D-1003", "CLOSED"); // closed in the CRM in a stage that is no win: lost
        hands.setStage("D-1004", "closedwon");
        hands.setState("D-1004", "CLOSED");
        clock.advance(java.time.Duration.ofDays(1));
        run(CONFIRM);

        var report = reports.build(dev.dealfocus.core.eaters.Quarter.parse("2026-Q4", java.time.Month.JANUARY), null, "team:T-NORTH");

        var entries = report.teams().get(0).entries();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.deal().dealId()).isEqualTo("D-1003");
            assertThat(e.suggestion()).isEqualTo(dev.dealfocus.core.eaters.TimeEaters.Suggestion.LOST);
        });
        assertThat(entries).noneMatch(e -> e.deal().dealId().equals("D-1004"));
    }
}
