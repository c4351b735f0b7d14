package dev.dealfocus.ops;

import dev.dealfocus.core.port.CrmGateway;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * CRM reachability, in its own group ({@code /q/health/group/crm}): a CRM outage must not take
 * the service out of rotation, since webhooks are still stored while the CRM is down.
 */
@HealthGroup("crm")
@ApplicationScoped
public class CrmHealthCheck implements HealthCheck {
    private final CrmGateway crm;

    public CrmHealthCheck(CrmGateway crm) {
        this.crm = crm;
    }

    @Override
    public HealthCheckResponse call() {
        String name = "crm-" + crm.capabilities().name();
        try {
            crm.ping();
            return HealthCheckResponse.up(name);
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder().name(name).down().withData("error", e.getMessage()).build();
        }
    }
}
