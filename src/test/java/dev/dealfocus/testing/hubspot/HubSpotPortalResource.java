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

    /** {@code same-value=true}: every deal of one value per hour (SamplePortal). */
    @Override
    public void init(Map<String, String> args) {
        sameValue = Boolean.parseBoolean(args.getOrDefault("same-value", "false"));
    }

    @Override
    public Map<String, String> start() {
        portal = new HubSpotSimulator(Clock.systemUTC());
        SamplePortal.seed(portal, Clock.systemUTC().instant(), DEALS, sameValue);
        portal.serve();
        return Map.of("dealfocus.crm.provider", "hubspot", "dealfocus.hubspot.base-url", portal.baseUrl(),
                "dealfocus.hubspot.access-token", HubSpotSimulator.TOKEN);
    }

    @Override
    public void stop() {
        portal.shutdown();
    }
}
