package dev.dealfocus.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/**
 * A simulated CRM served by WireMock: every request reaches the simulator's {@code transform}, which
 * answers it from the CRM's state. WireMock's own request journal is off where a benchmark would fill it.
 */
public abstract class SimulatedCrm implements ResponseDefinitionTransformerV2 {
    private WireMockServer server;
    private volatile java.util.concurrent.CountDownLatch gate;
    private volatile java.util.function.Predicate<String> delayed;
    private volatile long delayMillis;

    /** Whether WireMock keeps every request it served (tests may look; benchmarks must not). */
    protected boolean journal() {
        return true;
    }

    public WireMockServer serve() {
        var options = options().dynamicPort().extensions(this);
        if (!journal()) {
            // the journal would keep every request and its body: gigabytes over a benchmark's run
            options.disableRequestJournal();
        }
        server = new WireMockServer(options);
        server.start();
        server.stubFor(any(anyUrl()).willReturn(ok()));
        return server;
    }

    public void shutdown() {
        if (server != null) {
            server.stop();
        }
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Holds every request until {@link #release()}: the CRM not answering for a while. */
    public void hold() {
        gate = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        java.util.concurrent.CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    /** Every request: held while the CRM is held (outside the simulator's lock), answered, its answer maybe delayed. */
    @Override
    public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
        String url = event.getRequest().getUrl();
        if (!url.startsWith("/__bench/")) {
            passGate();
        }
        return delayIfAsked(url.split("\\?")[0], answer(event));
    }

    /** The CRM's answer to a request, from its state ({@code /__bench/} paths: a benchmark's controls). */
    protected abstract com.github.tomakehurst.wiremock.http.ResponseDefinition answer(com.github.tomakehurst.wiremock.stubbing.ServeEvent event);

    private void passGate() {
        java.util.concurrent.CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Successful answers to requests whose path matches are held back for {@code delay} after the CRM
     * applied them (null: none): the moment a crash test kills the service, the CRM has done the work
     * and the answer is still on its way.
     */
    public void delayAnswers(java.util.function.Predicate<String> path, java.time.Duration delay) {
        delayMillis = delay == null ? 0 : delay.toMillis();
        delayed = delay == null ? null : path;
    }

    private com.github.tomakehurst.wiremock.http.ResponseDefinition delayIfAsked(String path,
            com.github.tomakehurst.wiremock.http.ResponseDefinition answer) {
        java.util.function.Predicate<String> d = delayed;
        if (d == null || answer.getStatus() >= 300 || !d.test(path)) {
            return answer;
        }
        // WireMock waits after the transformer returned, so the CRM's lock is free meanwhile
        return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like(answer).withFixedDelay((int) delayMillis).build();
    }

    /**
     * An answer that breaks as {@code how} says: "reset" (the connection reset), "timeout" (5 s of silence),
     * "garbled" (200 with a body that is no JSON), else a 503 with {@code body503}.
     */
    protected static com.github.tomakehurst.wiremock.http.ResponseDefinition broken(String how, String body503) {
        var b = new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder();
        switch (how) {
            case "reset" -> b.withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
            case "timeout" -> b.withStatus(200).withFixedDelay(5_000).withBody("[]");
            case "garbled" -> b.withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>maintenance</html>");
            default -> b.withStatus(503).withHeader("Content-Type", "application/json").withBody(body503);
        }
        return b.build();
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }
}
