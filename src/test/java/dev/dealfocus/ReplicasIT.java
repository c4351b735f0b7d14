package dev.dealfocus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.testing.PackagedService;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: two packaged services on one PostgreSQL and one simulated HubSpot portal, as two pods of a Deployment. Every
 * scheduler fires; each fire time runs once, and the run at start once per rollout. A change event delivered to one replica is processed once. The replica
 * holding the runs' lease is killed mid-run: the other answers 409 naming that run while its heartbeat is fresh, then
 * takes the lease and settles the dead run as interrupted.
 */
class ReplicasIT extends OnPackagedService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NODE = Pattern.compile("this replica: (\\S+)");

    @Test
    void givenTwoReplicas_eachTriggerRunsOnce_anEventIsProcessedOnce_andAKilledHolderFreesTheLease() throws Exception {
        SimulatedSide side = SimulatedSide.of("hubspot", 20);
        String db = freshDatabase("replicas");
        List<String> settings = new ArrayList<>(List.of("dealfocus.api.keys=" + PackagedService.KEY_SETTING,
                "dealfocus.schedule.cron=*/4 * * * * ?", "dealfocus.replicas.lease-ttl=3s", "dealfocus.webhooks.every=1s",
                "dealfocus.hubspot.timeout=20s", "dealfocus.schedule.run-at-start=true", "dealfocus.replicas.rollout-id=rollout-1"));
        settings.addAll(side.settings());
        CompletableFuture<PackagedService> startingB = CompletableFuture.supplyAsync(unchecked(() ->
                PackagedService.start(work, "b", db, settings.toArray(String[]::new))));
        PackagedService a = PackagedService.start(work, "a", db, settings.toArray(String[]::new));
        PackagedService b = startingB.get();
        try {
            assertThat(a.port()).as(a.output()).isPositive();
            assertThat(b.port()).as(b.output()).isPositive();
            // both pods of one rollout start: the run at start is claimed once
            String skip = "run at start skipped: another replica of rollout rollout-1 ran it";
            await(() -> unchecked(() -> a.output().contains(skip) || b.output().contains(skip)).get(), a, b);
            assertThat(count(db, "SELECT COUNT(*) FROM df_trigger_claim WHERE trigger_name = 'dealfocus-start'")).isEqualTo(1);
            assertThat(a.output().contains(skip) ^ b.output().contains(skip))
                    .as("exactly one pod skipped it").isTrue();
            assertThat(count(db, "SELECT COUNT(*) FROM df_run WHERE trigger_kind = 'STARTUP'")).isLessThanOrEqualTo(1);
            side.setUp(a);
            assertThat(untilFree(a, "/api/runs?confirm=true").statusCode()).as("the first run, confirmed").isEqualTo(200);

            // every scheduler fires every 4 s: each fire time is claimed once and run once, the other replica skips it
            await(() -> count(db, "SELECT COUNT(*) FROM df_run WHERE trigger_kind = 'SCHEDULED' AND outcome = 'APPLIED'") >= 2, a, b);
            List<String> skippedByA = skips(a);
            List<String> skippedByB = skips(b);
            long claims = count(db, "SELECT COUNT(*) FROM df_trigger_claim WHERE trigger_name = 'dealfocus-sync'");
            assertThat(skippedByA.size() + skippedByB.size()).as("fire times the other replica ran").isPositive();
            assertThat(skippedByA.stream().filter(skippedByB::contains).toList()).as("no fire time skipped by both").isEmpty();
            assertThat(count(db, "SELECT COUNT(*) FROM df_run WHERE trigger_kind = 'SCHEDULED'"))
                    .as("never more runs than fire times claimed").isLessThanOrEqualTo(claims);
            for (String fire : concat(skippedByA, skippedByB)) {
                assertThat(count(db, "SELECT COUNT(*) FROM df_trigger_claim WHERE trigger_name = 'dealfocus-sync' AND occurrence = '"
                        + fire + "'")).as("skipped because claimed: " + fire).isEqualTo(1);
            }

            // a person's change delivered to one replica: one run of change events, the event processed once
            String deal = side.dealIds().get(4);
            assertThat(side.deliverChange(a, deal).statusCode()).isEqualTo(200);
            await(() -> count(db, "SELECT COUNT(*) FROM df_webhook_event WHERE processed_at IS NULL") == 0
                    && count(db, "SELECT COUNT(*) FROM df_webhook_event") > 0, a);
            assertThat(count(db, "SELECT COUNT(*) FROM df_run WHERE trigger_kind = 'WEBHOOK'")).as("processed once").isEqualTo(1);

            // the replica holding the lease dies mid-run
            side.hold();
            await(() -> count(db, "SELECT COUNT(*) FROM df_lease WHERE run_id IS NOT NULL") == 1, a);
            String holderNode = text(db, "SELECT holder FROM df_lease");
            String deadRun = text(db, "SELECT run_id FROM df_lease");
            PackagedService holder = node(a).equals(holderNode) ? a : b;
            PackagedService other = holder == a ? b : a;
            holder.kill();
            side.release();
            HttpResponse<String> refused = other.call("POST", "/api/runs");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(JSON.readTree(refused.body()).path("runId").asText()).as("the dead run, its heartbeat still fresh").isEqualTo(deadRun);
            // the lease frees 3 s after the last beat; the other replica's scheduler may run first
            HttpResponse<String> taken = untilFree(other, "/api/runs");
            assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
            assertThat(text(db, "SELECT outcome FROM df_run WHERE id = '" + deadRun + "'")).isEqualTo("INTERRUPTED");
        } finally {
            side.release();
            a.kill();
            b.kill();
            side.shutdown();
        }
    }

    /** Starts a run, again while another holds the lease (409), for up to 30 s. */
    private static HttpResponse<String> untilFree(PackagedService s, String path) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> answer = s.call("POST", path);
        while (answer.statusCode() == 409 && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            answer = s.call("POST", path);
        }
        return answer;
    }

    /** The fire times a replica skipped since the other claimed them. */
    private static List<String> skips(PackagedService s) throws Exception {
        Matcher m = Pattern.compile("dealfocus-sync at (\\S+) skipped: another replica runs it").matcher(s.output());
        List<String> fires = new ArrayList<>();
        while (m.find()) {
            fires.add(m.group(1));
        }
        return fires;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String node(PackagedService s) throws Exception {
        Matcher m = NODE.matcher(s.output());
        assertThat(m.find()).as(s.output()).isTrue();
        return m.group(1);
    }

    private static long count(String db, String sql) {
        return Long.parseLong(text(db, sql));
    }

    private static String text(String db, String sql) {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier reached, PackagedService... services) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (reached.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        StringBuilder logs = new StringBuilder();
        for (PackagedService s : services) {
            logs.append(s.output().lines().filter(l -> !l.contains("skipped: another replica")).collect(java.util.stream.Collectors
                    .joining("\n"))).append("\n----\n");
        }
        throw new AssertionError("not reached within 60 s:\n" + logs);
    }

    private static <T> Supplier<T> unchecked(java.util.concurrent.Callable<T> c) {
        return () -> {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
