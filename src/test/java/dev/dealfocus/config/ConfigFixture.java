package dev.dealfocus.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The shipped application.properties (no profile) with a test's overrides, as SmallRye reads them at start. */
public final class ConfigFixture {
    /** The demo CRM's deal properties, as its capabilities report them. */
    static final Set<String> DEMO_PROPERTIES = Set.of("dealfocus_problem", "dealfocus_problem_evidence",
            "dealfocus_decision_maker", "dealfocus_decision_maker_evidence", "dealfocus_timeline",
            "dealfocus_timeline_evidence", "dealfocus_budget", "dealfocus_budget_evidence", "dealfocus_budget_approved",
            "dealfocus_fit", "dealfocus_fit_evidence", "dealfocus_price_pressure", "dealfocus_special_requests",
            "dealfocus_contacts_changing", "dealfocus_margin", "dealfocus_hours_remaining", "dealfocus_exclude");

    private ConfigFixture() {
    }

    static SmallRyeConfig config(Map<String, String> overrides) {
        Map<String, String> base = new HashMap<>();
        try (InputStream in = ConfigFixture.class.getClassLoader().getResourceAsStream("application.properties")) {
            Properties p = new Properties();
            p.load(in);
            p.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> base.put(k, p.getProperty(k)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Quarkus's own converter, so "24h" reads as it does in the service
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withMapping(DealFocusConfig.class)
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(base, "application.properties", 250))
                .withSources(new PropertiesConfigSource(overrides, "test overrides", 400))
                .withSources(new ProviderDefaults())
                .build();
    }

    public static DealFocusConfig mapping(Map<String, String> overrides) {
        return config(overrides).getConfigMapping(DealFocusConfig.class);
    }

    /** The policy the demo runs with (signals count at once, as in the dev and test profiles). */
    public static dev.dealfocus.core.decision.Policy demoPolicy() {
        return demoPolicy(Map.of());
    }

    /** The re-engagement triggers and resources of the shipped configuration with more settings. */
    public static dev.dealfocus.render.Reengagement reengagement(Map<String, String> overrides) {
        return ReengagementFactory.build(mapping(overrides).reengage());
    }

    /** The demo's policy with more settings. */
    public static dev.dealfocus.core.decision.Policy demoPolicy(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(overrides);
        all.putIfAbsent("dealfocus.signals.persist-days", "0");
        return PolicyFactory.build(mapping(all), DEMO_PROPERTIES, "rules-demo");
    }
}
