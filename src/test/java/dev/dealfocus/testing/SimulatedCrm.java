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
