package dev.dealfocus.testing;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service (java -jar target/quarkus-app/quarkus-run.jar, production profile) started as
 * an operator starts it, on a PostgreSQL database and a demo CRM state directory under {@code work}.
 *
 * @param port the port it listens on, 0 if it stopped before listening
 */
public record PackagedService(Process process, Path log, int port) {
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The API key every start is given unless the test sets dealfocus.api.keys itself. */
    public static final String KEY = "ops-key";
    /** {@link #KEY} as dealfocus.api.keys keeps it: its SHA-256 hash. */
    public static final String KEY_SETTING = "sha256:" + java.util.HexFormat.of().formatHex(sha256(KEY));

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PackagedService start(Path work, String name, String jdbcUrl, String... settings) throws Exception {
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Ddealfocus.demo.state-dir=" + work.resolve("demo-crm")));
        for (String s : settings) {
            command.add("-D" + s);
        }
        command.addAll(List.of("-jar", Path.of(System.getProperty("quarkus.app.dir", "target/quarkus-app"),
                "quarkus-run.jar").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return new PackagedService(process, log, Integer.parseInt(m.group(1)));
            }
            if (!process.isAlive()) {
                return new PackagedService(process, log, 0);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the service neither started nor stopped within 90 s:\n" + Files.readString(log));
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Whether the service logs {@code text} within {@code limit} (something it does in the background after start). */
    public boolean awaitOutput(String text, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return output().contains(text);
    }

    /** Stops the service as an operator does (SIGTERM), waiting for it. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Kills the service with SIGKILL, as the kernel's OOM killer or a node failure would: nothing runs after it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public HttpResponse<String> call(String method, String path) throws Exception {
        return send(method, path).get(120, TimeUnit.SECONDS);
    }

    /** Posts a body as a CRM's delivery does: no API key, the given content type and headers (name, value, ...). */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request without waiting for the answer (a run that is about to be killed never answers). */
    public CompletableFuture<HttpResponse<String>> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", KEY).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
