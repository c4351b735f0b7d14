package dev.dealfocus.bench;

import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.WebhookSender;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Starts {@link SimulatorServer} in its own JVM and points the service at it, with HubSpot's 190 requests per 10 s. */
public class ForkedPortal implements QuarkusTestResourceLifecycleManager {
    static volatile String baseUrl;
    private Process process;

    @Override
    public Map<String, String> start() {
        String deals = System.getProperty("bench.deals", "100000");
        try {
            process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx8g", "-cp",
                    System.getProperty("java.class.path"), SimulatorServer.class.getName(), deals).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PORT ")) {
                // WireMock's start-up lines
            }
            if (line == null) {
                throw new IllegalStateException("the simulated portal did not start");
            }
            baseUrl = "http://localhost:" + line.substring(5).trim();
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "portal-output");
            drain.setDaemon(true);
            drain.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("dealfocus.crm.provider", "hubspot", "dealfocus.hubspot.base-url", baseUrl,
                "dealfocus.hubspot.access-token", HubSpotSimulator.TOKEN, "dealfocus.hubspot.requests-per-10s", "190",
                "dealfocus.sync.full-scan-every", "1s", "dealfocus.hubspot.client-secret", WebhookSender.SECRET,
                "dealfocus.hubspot.webhook-url", WebhookSender.PUBLIC_URL, "dealfocus.hubspot.app-id", WebhookSender.APP_ID);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
