package dev.dealfocus.bench;

import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.WebhookSender;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts {@link SimulatorServer} in its own JVM and points the service at it, with HubSpot's 190 requests per 10 s. */
public class ForkedPortal implements QuarkusTestResourceLifecycleManager {
    static volatile String baseUrl;
    private ForkedServer server;

    @Override
    public Map<String, String> start() {
        server = ForkedServer.fork(SimulatorServer.class, System.getProperty("bench.deals", "100000"));
        baseUrl = server.baseUrl();
        return Map.of("dealfocus.crm.provider", "hubspot", "dealfocus.hubspot.base-url", baseUrl,
                "dealfocus.hubspot.access-token", HubSpotSimulator.TOKEN, "dealfocus.hubspot.requests-per-10s", "190",
                "dealfocus.sync.full-scan-every", "1s", "dealfocus.hubspot.client-secret", WebhookSender.SECRET,
                "dealfocus.hubspot.webhook-url", WebhookSender.PUBLIC_URL, "dealfocus.hubspot.app-id", WebhookSender.APP_ID);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
