package dev.dealfocus.config;

import dev.dealfocus.core.decision.Keys;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * A fingerprint of the settings that decide statuses, journaled with every decision so a change
 * of rules is visible in the journal. Keys, schedules and where data lives do not count.
 */
final class RuleSetVersion {
    private static final String[] NOT_RULES = {"dealfocus.api.", "dealfocus.demo.", "dealfocus.schedule.",
        "dealfocus.sync.", "dealfocus.crm.", "dealfocus.hubspot.", "dealfocus.locale", "dealfocus.fallback-owner"};

    private RuleSetVersion() {
    }

    static String of(Config config) {
        TreeMap<String, String> rules = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("dealfocus.") && !isExcluded(name)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> rules.put(name, v));
            }
        }
        return "rules-" + Keys.of(rules.toString()).substring(0, 12);
    }

    private static boolean isExcluded(String name) {
        for (String prefix : NOT_RULES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
