package dev.dealfocus.bench;


import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Salesforce benchmark (docs/benchmarks.md): a daily full sync of {@code bench.deals} open
 * Opportunities (100,000 by default) of which 10 % change status, on a simulated org in its own
 * process, from a store that knows the pipeline. Not part of {@code ./mvnw verify}; run it with the
 * command in docs/benchmarks.md. Prints its figures.
 */
@QuarkusTest
@TestProfile(SalesforceBudgetBench.OnForkedOrg.class)
class SalesforceBudgetBench {
    /** The service on the forked org, its store on PostgreSQL as in production. */
    public static class OnForkedOrg implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-timeout", "1h", "quarkus.datasource.db-kind", "postgresql");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ForkedOrg.class),
                    new TestResourceEntry(dev.dealfocus.testing.EmbeddedPostgresResource.class));
        }
    }

    @Test
    void dailySync() throws Exception {
        int deals = Integer.parseInt(System.getProperty("bench.deals", "100000"));
        DailyRun daily = DailyRun.measure(ForkedOrg.baseUrl);
        JsonNode changed = daily.changed();
        JsonPath run = daily.run();
        JsonNode stats = daily.stats();
        long calls = daily.calls();
        int statusChanges = daily.statusChanges();
        System.out.println("---- daily full sync (Salesforce) ----");
        System.out.printf("open Opportunities %d, answers changed on %d, outcome %s, status changes %d, writes %d%n", deals,
                changed.path("changed").asInt(), run.getString("outcome"), statusChanges, run.getInt("writes"));
        System.out.printf("calls made %d (the org counted %d, body violations %d)%n", calls, stats.path("requests").asLong(),
                stats.path("violations").asLong());
        System.out.printf("requests by kind: %s%nrecords by kind: %s%n", stats.path("byKind"), stats.path("recordsByKind"));
        long minimum = minimum(stats);
        System.out.printf("minimum for the same work %d (query pages at 2,000 records, subquery rows counted, + ceil(writes of each"
                + " kind / 200) + other requests as made); made %.3f x the minimum%n", minimum, (double) calls / minimum);
        System.out.printf("wall time %.1f s%n", daily.wall().toMillis() / 1000.0);
        System.out.println(daily.heapLine());
        long perRecord = deals + 3L * statusChanges;
        System.out.printf("per-record flow: %d calls (a read per Opportunity, an update, a note and a task per changed one); %.1f x"
                + " the calls made%n", perRecord, (double) perRecord / calls);
        daily.assertSound();
    }

    /** For each kind: queries ceil(records / 2,000), writes ceil(records / 200); requests that carry no records as made. */
    private static long minimum(JsonNode stats) {
        long min = 0;
        var kinds = stats.path("byKind").fields();
        while (kinds.hasNext()) {
            var e = kinds.next();
            JsonNode records = stats.path("recordsByKind").path(e.getKey());
            if (records.isMissingNode()) {
                min += e.getValue().asLong();
            } else {
                int cap = e.getKey().startsWith("query ") ? 2_000 : 200;
                min += Math.max(1, (records.asLong() + cap - 1) / cap);
            }
        }
        return min;
    }
}
