package dev.dealfocus;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as an operator starts it (java -jar, production profile, PostgreSQL): a
 * wrong setting stops the start with a message naming the key, and a restart keeps the journal.
 */
class ServiceProcessIT {
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static EmbeddedPostgres postgres;

    @TempDir
    Path work;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    /** A started service process and the port it listens on (0 if it exited). */
    private record Service(Process process, Path log, int port) {
        String output() throws IOException {
            return Files.readString(log);
        }
    }

    private Service start(String name, String... settings) throws Exception {
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Ddealfocus.demo.state-dir=" + work.resolve("demo-crm")));
        for (String s : settings) {
            command.add("-D" + s);
        }
        command.addAll(List.of("-jar", Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"), "quarkus-run.jar").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return new Service(process, log, Integer.parseInt(m.group(1)));
            }
            if (!process.isAlive()) {
                return new Service(process, log, 0);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the service neither started nor stopped within 90 s:\n" + Files.readString(log));
    }

    private static void stop(Service service) throws InterruptedException {
        service.process().destroy();
        if (!service.process().waitFor(30, TimeUnit.SECONDS)) {
            service.process().destroyForcibly();
        }
    }

    private static HttpResponse<String> call(Service s, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + path))
                .header("X-API-Key", "ops-key").method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Starts the service and expects it to stop on its own, non-zero, saying {@code message}. */
    private void assertRefused(String name, String message, String... settings) throws Exception {
        Service s = start(name, settings);
        assertThat(s.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(s.process().exitValue()).isNotZero();
        assertThat(s.output()).contains(message);
    }

    @Test
    void givenNurtureThresholdAboveActive_start_refusesWithTheKeyAndTheFix() throws Exception {
        assertRefused("bands", "dealfocus.bands.nurture-min=80: must not be above dealfocus.bands.active-min=70",
                "dealfocus.api.keys=ops-key", "dealfocus.bands.nurture-min=80");
    }

    @Test
    void givenNoApiKeysInProduction_start_refusesNamingTheKey() throws Exception {
        assertRefused("keys", "dealfocus.api.keys is missing");
    }

    @Test
    void givenUnknownProvider_start_refusesNamingTheKey() throws Exception {
        assertRefused("provider", "dealfocus.crm.provider=pipedrive: not a supported CRM",
                "dealfocus.api.keys=ops-key", "dealfocus.crm.provider=pipedrive");
    }

    @Test
    void givenRestart_journalAndLatestAssessmentsAreStillThere() throws Exception {
        Service first = start("first", "dealfocus.api.keys=ops-key");
        assertThat(first.port()).as(first.output()).isPositive();
        HttpResponse<String> run = call(first, "POST", "/api/runs?confirm=true");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"outcome\":\"APPLIED\"");
        String runId = run.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        stop(first);

        Service second = start("second", "dealfocus.api.keys=ops-key");
        try {
            assertThat(second.port()).as(second.output()).isPositive();
            assertThat(call(second, "GET", "/api/runs/" + runId).body()).contains("\"outcome\":\"APPLIED\"");
            assertThat(call(second, "GET", "/api/deals/D-1018/assessment").body())
                    .contains("\"lastApplied\":{\"status\":\"PARKED\"");
            assertThat(call(second, "POST", "/api/runs").body()).contains("\"writes\":0");
            assertThat(second.output()).containsPattern("run [0-9a-f-]+ APPLIED \\(manual, (full scan|incremental)\\)");
        } finally {
            stop(second);
        }
    }
}
