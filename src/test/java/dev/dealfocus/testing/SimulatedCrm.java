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

    @Override
    public boolean applyGlobally() {
        return true;
    }
}
