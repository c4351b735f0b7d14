package dev.dealfocus.bench;

import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import dev.dealfocus.testing.salesforce.SampleOrg;
import java.time.Clock;

/**
 * The simulated Salesforce org of the Salesforce benchmark, in a process of its own so the service's
 * heap is measured alone: {@code <open Opportunities>}; prints {@code PORT <n>} once it serves.
 */
public final class SalesforceOrgServer {
    private SalesforceOrgServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int deals = Integer.parseInt(args[0]);
        SalesforceSimulator org = new SalesforceSimulator(Clock.systemUTC()).forBenchmark();
        SampleOrg.seed(org, Clock.systemUTC().instant(), deals, false);
        org.dailyLimit(5_000_000, 0); // an org with many licenses: the benchmark measures calls, not the day's limit
        org.serve();
        System.out.println("PORT " + org.baseUrl().replaceAll(".*:", ""));
        System.out.flush();
        Thread.currentThread().join();
    }
}
