package dev.dealfocus.ops;

import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.crm.shared.DailyUsageSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.ToDoubleFunction;

/**
 * The CRM account's daily API usage as DealFocus last saw it in the CRM's answers (Salesforce's
 * {@code Sforce-Limit-Info}, HubSpot's daily headers): {@code dealfocus.crm.daily.used} and
 * {@code dealfocus.crm.daily.limit}, NaN while unknown. No request is made for them.
 */
@ApplicationScoped
public class CrmUsageMetrics {
    void register(@Observes StartupEvent start, CrmGateway crm, MeterRegistry registry) {
        if (crm instanceof DailyUsageSource source) {
            String name = crm.capabilities().name();
            gauge(registry, "dealfocus.crm.daily.used", name, source, DailyAllowance.Usage::used,
                    "API requests the CRM account used in its current day, all integrations together");
            gauge(registry, "dealfocus.crm.daily.limit", name, source, DailyAllowance.Usage::limit,
                    "The CRM account's daily API request limit");
        }
    }

    private static void gauge(MeterRegistry registry, String metric, String crm, DailyUsageSource source,
                              ToDoubleFunction<DailyAllowance.Usage> value, String description) {
        Gauge.builder(metric, source, s -> {
            DailyAllowance.Usage usage = s.dailyUsage();
            return usage == null ? Double.NaN : value.applyAsDouble(usage);
        }).tag("crm", crm).description(description).register(registry);
    }
}
