package dev.dealfocus.config;

import java.util.Locale;

/** Config keys are kebab-case; the core's enums are CONSTANT_CASE. */
final class Names {
    private Names() {
    }

    static String constant(String kebab) {
        return kebab.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * A property setting, or empty when it says {@value #NONE}: the way to switch off a mapping another
     * layer of defaults sets (an empty value cannot, since it reads as missing, and a map refuses it).
     */
    static java.util.Optional<String> on(java.util.Optional<String> setting) {
        return setting.map(String::trim).filter(v -> !v.isEmpty() && !v.equalsIgnoreCase(NONE));
    }

    static boolean on(String setting) {
        return on(java.util.Optional.ofNullable(setting)).isPresent();
    }

    /** The word that switches a mapping off. */
    static final String NONE = "none";

    static String kebab(Enum<?> constant) {
        return constant.name().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
