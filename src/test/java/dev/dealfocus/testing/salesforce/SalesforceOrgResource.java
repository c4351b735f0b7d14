package dev.dealfocus.testing.salesforce;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A simulated Salesforce org of 300 open Opportunities for a test application running with {@code provider=salesforce}. */
public class SalesforceOrgResource implements QuarkusTestResourceLifecycleManager {
    public static final int DEALS = 300;
    /** The org of the running test application, and its open Opportunities in seeding order. */
    public static volatile SalesforceSimulator org;
    public static volatile List<String> ids;
    private boolean sameValue;

    /** {@code same-value=true}: every Opportunity of one value per hour (SampleOrg). */
    @Override
    public void init(Map<String, String> args) {
        sameValue = Boolean.parseBoolean(args.getOrDefault("same-value", "false"));
    }

    @Override
    public Map<String, String> start() {
        org = new SalesforceSimulator(Clock.systemUTC());
        ids = SampleOrg.seed(org, Clock.systemUTC().instant(), DEALS, sameValue);
        org.serve();
        return Map.of("dealfocus.crm.provider", "salesforce", "dealfocus.salesforce.login-url", org.baseUrl(),
                "dealfocus.salesforce.client-id", SalesforceSimulator.CLIENT_ID,
                "dealfocus.salesforce.client-secret", SalesforceSimulator.CLIENT_SECRET);
    }

    @Override
    public void stop() {
        org.shutdown();
    }
}
