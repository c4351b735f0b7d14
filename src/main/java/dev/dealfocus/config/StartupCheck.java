package dev.dealfocus.config;

import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.sync.AccountGuard;
import dev.dealfocus.core.sync.AccountMismatchException;
import dev.dealfocus.core.sync.SyncRunner;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Checks at start: builds the policy, so a wrong setting stops the start with a message naming the key
 * instead of failing the first run; refuses a production start without API keys; refuses a store bound
 * to another CRM account; and marks runs a stopped service left RUNNING as INTERRUPTED (the next run
 * checks their writes against the CRM before it plans anything).
 */
@ApplicationScoped
public class StartupCheck {

    void onStart(@Observes StartupEvent event, DealFocusConfig config, Policy policy, Renderer renderer,
                 AccountGuard accounts, SyncRunner runner) {
        boolean noKeys = ApiKeys.of(config).isEmpty(); // a key in plain text stops the start here, naming the command
        if (noKeys && !oidcOn() && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new ConfigurationError(List.of("dealfocus.api.keys is missing: production needs at least one API key "
                    + "(or OIDC bearer tokens, quarkus.oidc.tenant-enabled=true); set DEALFOCUS_API_KEYS to sha256:<hash> of each "
                    + "key (printf '%s' \"$KEY\" | sha256sum; comma-separated for several)"));
        }
        CustomerSettings.healthPolicy(config); // wrong customer settings stop the start, naming the key
        try {
            accounts.check(new ApiCalls());
        } catch (AccountMismatchException e) {
            throw new ConfigurationError(List.of("dealfocus.crm.provider=" + config.crm().provider() + ": " + e.getMessage()));
        } catch (CrmException e) {
            // a CRM outage must not keep the service down: runs check the account before they read
            Log.warnf("The CRM did not answer at start (%s); the first run checks the CRM account.", e.getMessage());
        }
        Log.infof("this replica: %s (runs' lease: one run at a time across replicas on this database)", CoreWiring.NODE);
        // in the background: a run a killed process left holds the lease until its heartbeat is older than the time to live
        java.time.Duration ttl = config.replicas().leaseTtl();
        Thread settle = new Thread(() -> settleInterrupted(runner, ttl), "dealfocus-interrupted");
        settle.setDaemon(true);
        settle.start();
    }

    /**
     * Marks runs a stopped process left RUNNING as INTERRUPTED, under the runs' lease: at once where it is free, else
     * again until the lease's time to live has passed twice (a live replica's run keeps it, and its successors settle
     * what is left).
     */
    private static void settleInterrupted(SyncRunner runner, java.time.Duration ttl) {
        java.time.Instant until = java.time.Instant.now().plus(ttl.multipliedBy(2));
        while (true) {
            try {
                List<String> interrupted = runner.interruptedAtStart();
                if (!interrupted.isEmpty()) {
                    Log.warnf("%d run(s) were under way when the service stopped: %s; the next run checks their writes first.",
                            interrupted.size(), String.join(", ", interrupted));
                    return;
                }
                if (runner.leaseFree() || java.time.Instant.now().isAfter(until)) {
                    return;
                }
                Thread.sleep(Math.max(200, Math.min(1000, ttl.toMillis() / 4)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.warnf("interrupted runs not settled at start (%s); the next run settles them", e.getMessage());
                return;
            }
        }
    }

    /** OIDC bearer tokens are switched on: a tenant with an issuer to check them against. */
    private static boolean oidcOn() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(false)
                && config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).isPresent();
    }
}
