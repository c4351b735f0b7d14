package dev.dealfocus.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.customer.CustomerAction;
import dev.dealfocus.core.customer.CustomerAssessor;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.CustomerStore;
import dev.dealfocus.core.customer.HealthPolicy;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.customer.Remediation;
import dev.dealfocus.core.customer.Signal;
import dev.dealfocus.core.customer.SignalKind;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.crm.demo.DemoCrmContractTest;
import dev.dealfocus.store.JdbcCustomerStore;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 on the demo CRM's 15 customers: every light, unknown signs, a person's light, and the remediation
 * timeline across weeks, stored and journaled in the embedded database.
 */
class DemoCustomersTest {
    @TempDir
    Path stateDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private CustomerStore store;
    private CustomerAssessor assessor;

    @BeforeEach
    void demo() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:customers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        DemoCrm demo = DemoCrmContractTest.open(stateDir, clock);
        store = new JdbcCustomerStore(db, Mappers.service());
        assessor = new CustomerAssessor(demo, store, new CustomerDecisions(HealthPolicy.DEFAULT, 14), clock, clock.getZone(),
                new java.math.BigDecimal("0.20"));
    }

    private Light light(String id) {
        return store.find(id).orElseThrow().decision().light();
    }

    @Test
    void givenTheDemoCustomers_eachGetsTheLightItsSignsGive_andUnknownOnesAreReported() {
        CustomerAssessor.Summary s = assessor.assess(false);
        assertThat(s.read()).isEqualTo(15);
        assertThat(s.byLight()).isEqualTo(Map.of(Light.GREEN, 4, Light.YELLOW, 4, Light.RED, 5));
        assertThat(s.unknown()).isEqualTo(2);
        assertThat(s.heldByHand()).isEqualTo(1);
        assertThat(light("C-2003")).as("used 30 days ago, 2 change requests").isEqualTo(Light.GREEN);
        assertThat(store.find("C-2009").orElseThrow().ownerId()).as("its customer-success owner").isEqualTo("O-BEN");
        assertThat(light("C-2005")).as("30 days overdue").isEqualTo(Light.YELLOW);
        assertThat(light("C-2008")).as("31 days overdue").isEqualTo(Light.RED);
        assertThat(light("C-2012")).as("no usage data, nothing else wrong").isNull();
        assertThat(store.find("C-2012").orElseThrow().decision().health().signal(SignalKind.USAGE).level())
                .isEqualTo(Signal.Level.UNKNOWN);
        assertThat(light("C-2015")).as("YELLOW by its signs, GREEN set by a person").isEqualTo(Light.GREEN);
        assertThat(store.list(Light.RED)).extracting(CustomerStore.Stored::customerId)
                .containsExactly("C-2008", "C-2009", "C-2010", "C-2011", "C-2014");
        assertThat(store.journal("C-2008")).extracting(l -> l.get("event")).containsExactly("LIGHT_CHANGED", "REMEDIATION_STARTED");
    }

    @Test
    void givenMoreLightsChangingThanTheCap_nothingIsStoredUntilConfirmed_thenUnchangedLightsPassTheCap() {
        CustomerAssessor.Summary held = assessor.assess(false, false, CustomerAssessor.PageWrites.NONE,
                new dev.dealfocus.core.port.ApiCalls());
        assertThat(held.heldByCap()).as("13 of 15 first lights, over 20 %").isTrue();
        assertThat(store.list(null)).isEmpty();
        assertThat(assessor.assess(false, true, CustomerAssessor.PageWrites.NONE, new dev.dealfocus.core.port.ApiCalls())
                .heldByCap()).isFalse();
        assertThat(store.list(null)).hasSize(15);
        assertThat(assessor.assess(false, false, CustomerAssessor.PageWrites.NONE, new dev.dealfocus.core.port.ApiCalls())
                .heldByCap()).as("nothing changes now").isFalse();
    }

    @Test
    void givenADryRun_nothingIsStored() {
        assessor.assess(true);
        assertThat(store.list(null)).isEmpty();
    }

    @Test
    void givenSixWeeksPass_unmetGoalsRecommendAnOrderlyExit_andMetOnesDoNot_onceAndJournaled() {
        assessor.assess(false);
        assertThat(assessor.assess(false).changed()).as("a rerun changes nothing").isZero();
        clock.advance(Duration.ofDays(21));
        assessor.assess(false); // the mid reviews; C-2008 paid on day 10
        // paid: GREEN again, the remediation succeeded at once (the episode ends with the success note), no exit
        assertThat(light("C-2008")).isEqualTo(Light.GREEN);
        assertThat(outcome("C-2008")).isEqualTo(Remediation.Outcome.SUCCEEDED);
        assertThat(actions("C-2008")).containsExactly(CustomerAction.Kind.SUCCESS_NOTE);
        assertThat(store.journal("C-2008")).extracting(l -> l.get("event")).containsExactly("LIGHT_CHANGED", "REMEDIATION_STARTED",
                "LIGHT_CHANGED", "REMEDIATION_MEASURED");
        clock.advance(Duration.ofDays(22));
        assessor.assess(false); // the day after the end reviews
        // the demo's signs are relative to today: C-2010 is still 31 days without use, so its goal is unmet
        assertThat(outcome("C-2010")).isEqualTo(Remediation.Outcome.EXIT_RECOMMENDED);
        assertThat(actions("C-2010")).contains(CustomerAction.Kind.EXIT_NOTE, CustomerAction.Kind.EXIT_TASK);
        assertThat(outcome("C-2009")).isEqualTo(Remediation.Outcome.EXIT_RECOMMENDED);
        assertThat(store.journal("C-2010")).extracting(l -> l.get("event"))
                .containsExactly("LIGHT_CHANGED", "REMEDIATION_STARTED", "REMEDIATION_MEASURED");
        assertThat(light("C-2008")).isEqualTo(Light.GREEN);
        assertThat(actions("C-2008")).as("GREEN, no episode: nothing owed").isEmpty();
        // its RED signs fixed from day 30, change requests and a delay left: goals met at the end review, still YELLOW
        assertThat(light("C-2011")).isEqualTo(Light.YELLOW);
        assertThat(outcome("C-2011")).isEqualTo(Remediation.Outcome.SUCCEEDED);
        assertThat(actions("C-2011")).contains(CustomerAction.Kind.SUCCESS_NOTE).doesNotContain(CustomerAction.Kind.EXIT_NOTE);
        assessor.assess(false);
        assertThat(store.journal("C-2010")).hasSize(3);
    }

    private Remediation.Outcome outcome(String id) {
        Remediation r = store.find(id).orElseThrow().decision().remediation();
        return r == null ? null : r.outcome();
    }

    private java.util.List<CustomerAction.Kind> actions(String id) {
        return store.find(id).orElseThrow().decision().actions().stream().map(CustomerAction::kind).toList();
    }
}
