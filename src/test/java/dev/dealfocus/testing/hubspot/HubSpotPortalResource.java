package dev.dealfocus.testing.hubspot;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Clock;
import java.util.Map;

/** A simulated HubSpot portal of 300 open deals for a test application running with {@code provider=hubspot}. */
public class HubSpotPortalResource implements QuarkusTestResourceLifecycleManager {
    public static final int DEALS = 300;
    /** The portal of the running test application. */
    public static volatile HubSpotSimulator portal;
    private boolean sameValue;
    private int deals = DEALS;
    private boolean customers;

    /**
     * {@code same-value=true}: every deal of one value per hour (SamplePortal); {@code deals}: how many open deals;
     * {@code customers=true}: customer companies ({@link SamplePortal#customers}) and the signs' mapping.
     */
    @Override
    public void init(Map<String, String> args) {
        sameValue = Boolean.parseBoolean(args.getOrDefault("same-value", "false"));
        deals = Integer.parseInt(args.getOrDefault("deals", String.valueOf(DEALS)));
        customers = Boolean.parseBoolean(args.getOrDefault("customers", "false"));
    }

    @Override
    public Map<String, String> start() {
        portal = new HubSpotSimulator(Clock.systemUTC());
        SamplePortal.seed(portal, Clock.systemUTC().instant(), deals, sameValue);
        Map<String, String> config = new java.util.HashMap<>(Map.of("dealfocus.crm.provider", "hubspot",
                "dealfocus.hubspot.access-token", HubSpotSimulator.TOKEN));
        if (customers) {
            config.putAll(SamplePortal.customers(portal, Clock.systemUTC().instant()));
            // many short runs in a few seconds: a Professional app's limit, so the budget does not wait out the window
            portal.limit(190);
            config.put("dealfocus.hubspot.requests-per-10s", "190");
        }
        portal.serve();
        config.put("dealfocus.hubspot.base-url", portal.baseUrl());
        return config;
    }

    @Override
    public void stop() {
        portal.shutdown();
    }
}
