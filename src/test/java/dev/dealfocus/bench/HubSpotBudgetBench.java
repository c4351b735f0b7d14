package dev.dealfocus.bench;


import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.testing.hubspot.WebhookSender;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API-budget benchmark (docs/benchmarks.md): a daily full sync of {@code bench.deals} open deals
 * (100,000 by default) of which 10 % change status, on a simulated HubSpot in its own process that
 * answers 429 above 190 requests in 10 s; then webhooks for 1,000 deals. Not part of {@code ./mvnw
 * verify} (its name is no test's); run it with the command in docs/benchmarks.md. Prints its figures.
 */
@QuarkusTest
@TestProfile(HubSpotBudgetBench.OnForkedPortal.class)
class HubSpotBudgetBench {
    private static final double PER_SECOND = 190 / 10.0;

    /** The service on the forked portal. */
    public static class OnForkedPortal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a run of 100,000 deals takes minutes; the store is PostgreSQL, as in production (the tests'
            // in-memory H2 would hold the whole store in the measured heap)
            return Map.of("quarkus.http.test-timeout", "1h", "quarkus.datasource.db-kind", "postgresql");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ForkedPortal.class),
                    new TestResourceEntry(dev.dealfocus.testing.EmbeddedPostgresResource.class));
        }
    }

    private static JsonNode control(String what) throws Exception {
        return DailyRun.control(ForkedPortal.baseUrl, what);
    }

    @Test
    void dailySyncAndWebhooks() throws Exception {
        int deals = Integer.parseInt(System.getProperty("bench.deals", "100000"));
        DailyRun.post("/api/setup/hubspot");
        DailyRun daily = DailyRun.measure(ForkedPortal.baseUrl);
        JsonNode changed = daily.changed();
        JsonPath run = daily.run();
        Duration wall = daily.wall();
        JsonNode stats = daily.stats();
        long calls = daily.calls();
        int statusChanges = daily.statusChanges();
        System.out.println("---- daily full sync ----");
        System.out.printf("open deals %d, answers changed on %d, outcome %s, status changes %d, writes %d%n", deals,
                changed.path("changed").asInt(), run.getString("outcome"), statusChanges, run.getInt("writes"));
        System.out.printf("calls made %d (portal counted %d, 429s %d, spec violations %d)%n", calls, stats.path("requests").asLong(),
                stats.path("rateLimited").asLong(), stats.path("violations").asLong());
        System.out.printf("requests by path: %s%n", stats.path("byPath"));
        System.out.printf("wall time %.1f s; the budget allows those calls in %.1f s (ratio %.3f)%n", wall.toMillis() / 1000.0,
                calls / PER_SECOND, wall.toMillis() / 1000.0 / (calls / PER_SECOND));
        System.out.println(daily.heapLine());
        long minimum = minimum(stats);
        System.out.printf("minimum for the same work %d (sum over request kinds of ceil(records / the API's batch size)); made"
                + " %.3f x the minimum%n", minimum, (double) calls / minimum);
        long perRecord = deals + 3L * statusChanges;
        System.out.printf("per-record flow: %d calls (a read per deal, an update, a note and a task per changed deal), %.0f s"
                + " at the same budget; %.1f x the calls made%n", perRecord, perRecord / PER_SECOND, (double) perRecord / calls);

        daily.assertSound();
        List<String> parked = new ArrayList<>();
        changed.path("ids").forEach(id -> parked.add(id.asText()));
        webhooks(parked.subList(0, Math.min(1_000, parked.size())));
    }

    /**
     * The fewest requests that read and write the same records: for each kind of request, the records it
     * carried (deals a search returned, ids a batch read, inputs a batch write) over the API's most per call:
     * 200 a search, 1,000 an associations read, 100 any other batch.
     */
    private static long minimum(JsonNode stats) {
        long min = 0;
        var it = stats.path("inputsByPath").fields();
        while (it.hasNext()) {
            var e = it.next();
            int cap = e.getKey().endsWith("/search") ? 200 : e.getKey().contains("/crm/associations/") ? 1_000 : 100;
            min += Math.max(1, (e.getValue().asLong() + cap - 1) / cap);
        }
        var calls = stats.path("byPath").fields();
        while (calls.hasNext()) {
            var e = calls.next();
            if (!stats.path("inputsByPath").has(e.getKey())) {
                min += e.getValue().asLong(); // a GET (owners, account): one each, as made
            }
        }
        return min;
    }

    /** Deals just parked get full answers back; HubSpot's events come in deliveries of 100; time to each deal's write. */
    private void webhooks(List<String> ids) throws Exception {
        int count = ids.size();
        control("clear");
        for (int i = 0; i < ids.size(); i += 100) {
            control("answer?ids=" + String.join(",", ids.subList(i, Math.min(ids.size(), i + 100))));
        }
        Map<String, Instant> sent = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 100) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + 100));
            WebhookSender sender = new WebhookSender();
            batch.forEach(id -> sender.dealChange(id, "dealfocus_budget", "approved"));
            Instant at = Instant.now();
            sender.send().statusCode(200);
            batch.forEach(id -> sent.put(id, at));
        }
        Instant deadline = Instant.now().plusSeconds(300);
        JsonNode written = control("written");
        while (written.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            written = control("written");
        }
        List<Long> latencies = new ArrayList<>();
        for (String id : ids) {
            if (written.has(id)) {
                latencies.add(written.path(id).asLong() - sent.get(id).toEpochMilli());
            }
        }
        Collections.sort(latencies);
        System.out.println("---- webhooks ----");
        System.out.printf("%d of %d deals written; webhook to CRM write p50 %d ms, p99 %d ms, max %d ms%n", latencies.size(), count,
                pct(latencies, 50), pct(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
