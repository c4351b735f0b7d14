package dev.dealfocus.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.crm.hubspot.HubSpotCrm;
import io.quarkus.logging.Log;
import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Builds the HubSpot gateway from {@code dealfocus.hubspot.*}, naming the key of every bad setting. */
final class HubSpotWiring {
    private HubSpotWiring() {
    }

    /** @param dataSource the database the replicas share: HubSpot's per-10-seconds budget is counted there for all of them */
    static HubSpotCrm gateway(DealFocusConfig config, ObjectMapper mapper, Clock clock, javax.sql.DataSource dataSource) {
        HubSpotCrm.Settings settings = settings(config);
        dev.dealfocus.crm.shared.Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        HubSpotCrm crm = HubSpotCrm.connect(settings, CallPolicyWiring.retry(config), mapper, clock, sleeper,
                new dev.dealfocus.store.JdbcSharedBudget(dataSource, "hubspot", settings.requestsPer10s(), java.time.Duration.ofSeconds(10),
                        clock, sleeper));
        try {
            crm.readSchema(new ApiCalls());
        } catch (CrmException e) {
            if (e.kind() == CrmException.Kind.FAIL_FAST) {
                throw new ConfigurationError(List.of("dealfocus.hubspot.access-token: " + e.getMessage()));
            }
            // an outage must not keep the service down: mappings are checked when HubSpot answers again
            Log.warnf("HubSpot did not answer at start (%s); the deal properties are checked at the first run.", e.getMessage());
        }
        return crm;
    }

    static HubSpotCrm.Settings settings(DealFocusConfig config) {
        DealFocusConfig.Hubspot h = config.hubspot();
        Problems problems = new Problems();
        String token = h.accessToken().map(String::trim).orElse("");
        if (token.isEmpty()) {
            problems.add("dealfocus.hubspot.access-token", "(unset)", "set the access token of the app installed in the portal, "
                    + "best from the environment as DEALFOCUS_HUBSPOT_ACCESS_TOKEN (docs/hubspot.md)");
        }
        URI base = null;
        try {
            base = URI.create(h.baseUrl().endsWith("/") ? h.baseUrl() : h.baseUrl() + "/");
            if (base.getScheme() == null || base.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
        } catch (IllegalArgumentException e) {
            problems.add("dealfocus.hubspot.base-url", h.baseUrl(), "use an absolute URL such as https://api.hubapi.com");
        }
        if (!h.apiVersion().matches("\\d{4}-\\d{2}")) {
            problems.add("dealfocus.hubspot.api-version", h.apiVersion(), "use a date version such as 2026-03");
        }
        if (h.requestsPer10s() < 1 || h.requestsPer10s() > 250) {
            problems.add("dealfocus.hubspot.requests-per-10s", h.requestsPer10s(), "use 1 to 190 (HubSpot's per-app limits)");
        }
        if (h.searchPerSecond() < 1 || h.searchPerSecond() > 5) {
            problems.add("dealfocus.hubspot.search-per-second", h.searchPerSecond(), "use 1 to 5 (HubSpot allows 5 searches a second)");
        }
        if (!(h.dailyShare() > 0 && h.dailyShare() <= 1)) {
            problems.add("dealfocus.hubspot.daily-share", h.dailyShare(), "use a share above 0 and at most 1, e.g. 0.8");
        }
        LocalTime due = problems.time("dealfocus.hubspot.task-due-time", h.taskDueTime());
        ZoneId zone = Problems.zoneOrUtc(config.timeZone());
        problems.throwIfAny();
        String fallback = h.fallbackOwner().or(config::fallbackOwner).orElse(null);
        return new HubSpotCrm.Settings(base, token, h.apiVersion(), h.timeout(), h.requestsPer10s(), h.searchPerSecond(),
                h.dailyShare(), h.closeDateHistory(), fallback, zone, due, Map.of(), h.ownersCacheFor(),
                CustomerSettings.properties(config, "dealfocus_health"));
    }
}
