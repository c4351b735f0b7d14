package dev.dealfocus.ops;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * CRM reachability, in its own group ({@code /q/health/group/crm}): a CRM outage must not take the
 * service out of rotation, since webhooks are still stored while the CRM is down. The probe's answer is
 * reused for {@code dealfocus.crm.health-cache}, so frequent health requests spend no API budget.
 */
@HealthGroup("crm")
@ApplicationScoped
public class CrmHealthCheck implements HealthCheck {
    private final CrmGateway crm;
    private final Clock clock;
    private final Duration cacheFor;
    private volatile Probe last;

    /** One probe's answer. */
    private record Probe(Instant at, String error) {
    }

    @jakarta.inject.Inject
    public CrmHealthCheck(CrmGateway crm, Clock clock, DealFocusConfig config) {
        this(crm, clock, config.crm().healthCache());
    }

    CrmHealthCheck(CrmGateway crm, Clock clock, Duration cacheFor) {
        this.crm = crm;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public HealthCheckResponse call() {
        Probe probe = probe();
        String name = "crm-" + crm.capabilities().name();
        if (probe.error() == null) {
            return HealthCheckResponse.builder().name(name).up().withData("checkedAt", probe.at().toString()).build();
        }
        return HealthCheckResponse.builder().name(name).down().withData("checkedAt", probe.at().toString())
                .withData("error", probe.error()).build();
    }

    private synchronized Probe probe() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.at().plus(cacheFor))) {
            return last;
        }
        String error = null;
        try {
            crm.ping(new ApiCalls());
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        last = new Probe(now, error);
        return last;
    }
}
