package dev.dealfocus.bench;

import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.SamplePortal;
import java.time.Clock;

/**
 * The simulated HubSpot portal of the budget benchmark, in a process of its own so the service's heap
 * is measured alone: {@code <open deals>}; prints {@code PORT <n>} once it serves. Enforces 190
 * requests in any 10 seconds, as HubSpot's Professional and Enterprise tiers do.
 */
public final class SimulatorServer {
    private SimulatorServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int deals = Integer.parseInt(args[0]);
        HubSpotSimulator portal = new HubSpotSimulator(Clock.systemUTC()).forBenchmark();
        SamplePortal.seed(portal, Clock.systemUTC().instant(), deals, false);
        portal.limit(190);
        portal.serve();
        System.out.println("PORT " + portal.baseUrl().replaceAll(".*:", ""));
        System.out.flush();
        Thread.currentThread().join();
    }
}
