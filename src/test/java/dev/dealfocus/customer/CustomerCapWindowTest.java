package dev.dealfocus.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.customer.CustomerAssessor;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerSource;
import dev.dealfocus.core.customer.HealthPolicy;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.store.JdbcCustomerStore;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customers' safety cap counts a rolling day, as the deals' cap does: small unconfirmed assessments that together
 * change more lights than the cap allows within 24 hours are held; changes older than a day no longer count.
 */
class CustomerCapWindowTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final List<String> red = new ArrayList<>();
    private JdbcCustomerStore store;
    private CustomerAssessor assessor;

    @BeforeEach
    void tenGreenCustomers() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:cap-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        store = new JdbcCustomerStore(db, Mappers.service());
        CustomerSource source = (cursor, calls) -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            List<CustomerFacts> all = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                String id = "C-" + i;
                // RED customers were last seen 40 days ago: usage RED
                all.add(new CustomerFacts(id, "Customer " + i, "O-1", red.contains(id) ? today.minusDays(40) : today, null, true, null,
                        0, 0, 0, null));
            }
            return new CustomerSource.Page(all, null);
        };
        assessor = new CustomerAssessor(source, store, new CustomerDecisions(HealthPolicy.DEFAULT, 14), clock, clock.getZone(),
                new BigDecimal("0.20"));
        assertThat(assess(true).changed()).as("the first lights, confirmed").isEqualTo(10);
    }

    private CustomerAssessor.Summary assess(boolean confirmed) {
        return assessor.assess(false, confirmed, CustomerAssessor.PageWrites.NONE, new ApiCalls());
    }

    @Test
    void givenSmallUnconfirmedChanges_theyAddUpOverADay_andOlderOnesNoLongerCount() {
        red.addAll(List.of("C-1", "C-2"));
        CustomerAssessor.Summary two = assess(false);
        assertThat(two.heldByCap()).as("2 of 10 is not over 20 %").isFalse();
        assertThat(store.lightChangesSince(clock.instant().minus(Duration.ofDays(1)))).isEqualTo(Set.of("C-1", "C-2"));

        clock.advance(Duration.ofHours(1));
        red.add("C-3");
        CustomerAssessor.Summary third = assess(false);
        assertThat(third.changed()).isEqualTo(1);
        assertThat(third.changedInDay()).isEqualTo(3);
        assertThat(third.heldByCap()).as("3 of 10 within a day").isTrue();
        assertThat(store.find("C-3").orElseThrow().decision().light()).as("held: not stored").isEqualTo(Light.GREEN);

        clock.advance(Duration.ofHours(24));
        CustomerAssessor.Summary later = assess(false);
        assertThat(later.changedInDay()).as("the first two are older than a day").isEqualTo(1);
        assertThat(later.heldByCap()).isFalse();
        assertThat(store.find("C-3").orElseThrow().decision().light()).isEqualTo(Light.RED);
    }

    @Test
    void givenAConfirmedAssessment_itsChangesNeverCount() {
        red.addAll(List.of("C-1", "C-2", "C-3", "C-4"));
        assertThat(assess(true).heldByCap()).isFalse();
        assertThat(store.lightChangesSince(clock.instant().minus(Duration.ofDays(1)))).as("confirmed changes").isEmpty();
        red.add("C-5");
        assertThat(assess(false).heldByCap()).as("one change in the day").isFalse();
    }
}
