package dev.dealfocus.config;

import java.util.Locale;

/** Config keys are kebab-case; the core's enums are CONSTANT_CASE. */
final class Names {
    private Names() {
    }

    static String constant(String kebab) {
        return kebab.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    static String kebab(Enum<?> constant) {
        return constant.name().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
