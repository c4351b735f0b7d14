package dev.dealfocus.bench;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.testing.Mappers;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * What both API-budget benchmarks measure: a confirmed first run (the warm-up), a share of the open deals
 * losing their answers, and the daily run that follows, with its wall time, peak heap and the simulated
 * CRM's own counts ({@code /__bench/} controls of the forked simulator).
 */
record DailyRun(JsonNode changed, JsonPath run, Duration wall, long peakHeap, JsonNode stats) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static DailyRun measure(String simulatorUrl) throws Exception {
        Instant warm = Instant.now();
        JsonPath first = post("/api/runs?confirm=true");
        System.out.printf("warm-up: first run %s, %d calls in %d s%n", first.getString("outcome"), first.getLong("apiCalls"),
                Duration.between(warm, Instant.now()).toSeconds());
        JsonNode changed = control(simulatorUrl, "change?share=0.1");
        control(simulatorUrl, "clear");
        HeapSampler sampler = HeapSampler.start();
        Instant start = Instant.now();
        JsonPath run = post("/api/runs");
        Duration wall = Duration.between(start, Instant.now());
        long heap = sampler.stop();
        return new DailyRun(changed, run, wall, heap, control(simulatorUrl, "stats"));
    }

    static JsonNode control(String simulatorUrl, String what) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(simulatorUrl + "/__bench/" + what)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Mappers.service().readTree(answer.body());
    }

    static JsonPath post(String path) {
        return given().header("X-API-Key", "test-key").post(path).then().statusCode(200).extract().jsonPath();
    }

    /**
     * Figures count only for a sound run: applied, every changed deal's status written, no request the simulated CRM
     * found against its spec. Checked after printing, so a failing benchmark still shows what it measured.
     */
    void assertSound() {
        org.assertj.core.api.Assertions.assertThat(run.getString("outcome")).as("the measured run").isEqualTo("APPLIED");
        org.assertj.core.api.Assertions.assertThat(run.getInt("failed")).as("writes that failed").isZero();
        org.assertj.core.api.Assertions.assertThat(statusChanges()).as("status changes")
                .isGreaterThanOrEqualTo(changed.path("changed").asInt());
        org.assertj.core.api.Assertions.assertThat(stats.path("violations").asLong()).as("requests against the CRM's spec").isZero();
    }

    long calls() {
        return run.getLong("apiCalls");
    }

    int statusChanges() {
        return run.getInt("statusChanges");
    }

    /** The peak heap line both benchmarks print. */
    String heapLine() {
        return String.format("peak heap used %d MB, sampled every 20 ms, the whole service included (-Xmx %d MB)", peakHeap / 1_048_576,
                Runtime.getRuntime().maxMemory() / 1_048_576);
    }
}
