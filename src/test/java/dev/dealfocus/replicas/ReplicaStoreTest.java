package dev.dealfocus.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.store.JdbcRunLease;
import dev.dealfocus.store.JdbcTriggerClaims;
import dev.dealfocus.store.JdbcWebhookInbox;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What several replicas share through the database (issue 15): the runs' lease with its time to live, one claim per
 * trigger occurrence, and change events claimed by one replica at a time.
 */
class ReplicaStoreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private JdbcDataSource db;

    @BeforeEach
    void database() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:replicas-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void givenARunHoldingTheLease_anotherReplicaLearnsItsId_untilItsHeartbeatIsOlderThanTheTimeToLive() {
        // a long time to live: no heartbeat fires during the test, the clock decides
        JdbcRunLease a = new JdbcRunLease(db, clock, Duration.ofHours(1), "pod-a");
        JdbcRunLease b = new JdbcRunLease(db, clock, Duration.ofHours(1), "pod-b");

        assertThat(a.acquire("run-1")).as("free: taken").isNull();
        assertThat(b.acquire("run-2")).as("held: the holder's run").isEqualTo("run-1");
        clock.advance(Duration.ofMinutes(59));
        assertThat(b.acquire("run-2")).isEqualTo("run-1");
        clock.advance(Duration.ofMinutes(2)); // pod-a died: no heartbeat for more than the time to live
        assertThat(b.acquire("run-2")).as("taken over").isNull();
        a.release("run-1");
        assertThat(a.acquire("run-3")).as("a late release of a lost lease frees nothing").isEqualTo("run-2");
        b.release("run-2");
        assertThat(a.acquire("run-3")).isNull();
    }

    @Test
    void givenAHolder_itsHeartbeatKeepsTheLease() throws Exception {
        JdbcRunLease a = new JdbcRunLease(db, java.time.Clock.systemUTC(), Duration.ofMillis(300), "pod-a");
        JdbcRunLease b = new JdbcRunLease(db, java.time.Clock.systemUTC(), Duration.ofMillis(300), "pod-b");
        assertThat(a.acquire("run-1")).isNull();
        Thread.sleep(700); // beats every 100 ms keep it alive past the time to live
        assertThat(b.acquire("run-2")).isEqualTo("run-1");
        a.release("run-1");
        assertThat(b.acquire("run-2")).isNull();
        b.release("run-2");
    }

    @Test
    void givenTwoReplicasFiringTogether_oneClaimsTheOccurrence() {
        JdbcTriggerClaims claims = new JdbcTriggerClaims(db);
        assertThat(claims.claim("dealfocus-sync", "2026-11-30T06:00:00Z", "pod-a", clock.instant())).isTrue();
        assertThat(claims.claim("dealfocus-sync", "2026-11-30T06:00:00Z", "pod-b", clock.instant())).isFalse();
        assertThat(claims.claim("dealfocus-sync", "2026-12-01T06:00:00Z", "pod-b", clock.instant())).isTrue();
        assertThat(claims.claim("dealfocus-start", "2026-11-30T06:00:00Z", "pod-b", clock.instant())).as("another trigger").isTrue();
    }

    @Test
    void givenEventsInTheInbox_twoWorkersNeverHoldTheSameOne_andAnExpiredClaimIsTakenAgain() {
        JdbcWebhookInbox inbox = new JdbcWebhookInbox(db);
        Instant now = clock.instant();
        inbox.accept(List.of(event("e1"), event("e2"), event("e3")), now);

        List<WebhookInbox.Event> a = inbox.claim(2, "pod-a", now, now.plus(Duration.ofMinutes(15)));
        List<WebhookInbox.Event> b = inbox.claim(10, "pod-b", now, now.plus(Duration.ofMinutes(15)));

        assertThat(a).extracting(WebhookInbox.Event::key).containsExactly("e1", "e2");
        assertThat(b).extracting(WebhookInbox.Event::key).containsExactly("e3");
        inbox.release(List.of("e2"), "pod-a");
        assertThat(inbox.claim(10, "pod-b", now, now.plus(Duration.ofMinutes(15)))).extracting(WebhookInbox.Event::key)
                .as("released: free again; e3 is pod-b's already").containsExactly("e2", "e3");
        inbox.processed(List.of("e2", "e3"), now);
        Instant later = now.plus(Duration.ofMinutes(16)); // pod-a died holding e1
        assertThat(inbox.claim(10, "pod-b", later, later.plus(Duration.ofMinutes(15)))).extracting(WebhookInbox.Event::key)
                .containsExactly("e1");
    }

    @Test
    void givenTwoReplicasCallingTheCrm_theirRequestsTogetherNeverExceedTheLimitInAnyWindow() {
        // 10 requests per 10 s for both replicas together; waiting moves the clock
        java.util.List<Instant> sent = new java.util.ArrayList<>();
        dev.dealfocus.store.JdbcSharedBudget a = new dev.dealfocus.store.JdbcSharedBudget(db, "hubspot", 10, Duration.ofSeconds(10),
                clock, clock::advance);
        dev.dealfocus.store.JdbcSharedBudget b = new dev.dealfocus.store.JdbcSharedBudget(db, "hubspot", 10, Duration.ofSeconds(10),
                clock, clock::advance);
        for (int i = 0; i < 60; i++) {
            (i % 2 == 0 ? a : b).take();
            sent.add(clock.instant());
        }
        for (Instant start : sent) {
            long inWindow = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(10))).count();
            assertThat(inWindow).as("requests in the 10 s from " + start).isLessThanOrEqualTo(10);
        }
        assertThat(Duration.between(sent.get(0), sent.get(59))).as("not slower than the limit needs")
                .isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    private WebhookInbox.Event event(String key) {
        return new WebhookInbox.Event(key, "deal", "5001", clock.instant(), false, "deal.propertyChange");
    }
}
