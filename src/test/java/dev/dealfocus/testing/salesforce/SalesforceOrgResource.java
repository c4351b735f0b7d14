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
    private int deals = DEALS;
    private boolean customers;

    /**
     * {@code same-value=true}: every Opportunity of one value per hour (SampleOrg); {@code deals}: how many open ones;
     * {@code customers=true}: customer Accounts with Cases ({@link SampleOrg#customers}) and the signs' mapping.
     */
    @Override
    public void init(Map<String, String> args) {
        sameValue = Boolean.parseBoolean(args.getOrDefault("same-value", "false"));
        deals = Integer.parseInt(args.getOrDefault("deals", String.valueOf(DEALS)));
        customers = Boolean.parseBoolean(args.getOrDefault("customers", "false"));
    }

    @Override
    public Map<String, String> start() {
        org = new SalesforceSimulator(Clock.systemUTC());
        ids = SampleOrg.seed(org, Clock.systemUTC().instant(), deals, sameValue);
        Map<String, String> config = new java.util.HashMap<>(Map.of("dealfocus.crm.provider", "salesforce",
                "dealfocus.salesforce.client-id", SalesforceSimulator.CLIENT_ID,
                "dealfocus.salesforce.client-secret", SalesforceSimulator.CLIENT_SECRET));
        if (customers) {
            config.putAll(SampleOrg.customers(org, Clock.systemUTC().instant()));
        }
        org.serve();
        config.put("dealfocus.salesforce.login-url", org.baseUrl());
        return config;
    }

    @Override
    public void stop() {
        org.shutdown();
    }
}
