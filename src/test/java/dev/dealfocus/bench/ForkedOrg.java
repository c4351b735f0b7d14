package dev.dealfocus.bench;

import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts {@link SalesforceOrgServer} in its own JVM and points the service at it, every run a full scan. */
public class ForkedOrg implements QuarkusTestResourceLifecycleManager {
    static volatile String baseUrl;
    private ForkedServer server;

    @Override
    public Map<String, String> start() {
        server = ForkedServer.fork(SalesforceOrgServer.class, System.getProperty("bench.deals", "100000"));
        baseUrl = server.baseUrl();
        // Salesforce has no short-window limit: the budget stays out of the way, the daily allowance guards
        return Map.of("dealfocus.crm.provider", "salesforce", "dealfocus.salesforce.login-url", baseUrl,
                "dealfocus.salesforce.client-id", SalesforceSimulator.CLIENT_ID,
                "dealfocus.salesforce.client-secret", SalesforceSimulator.CLIENT_SECRET,
                "dealfocus.salesforce.requests-per-10s", "1000", "dealfocus.sync.full-scan-every", "1s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
