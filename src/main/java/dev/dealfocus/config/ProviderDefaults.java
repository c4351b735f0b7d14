package dev.dealfocus.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The defaults of the chosen CRM ({@code dealfocus/defaults-<provider>.properties}): field mappings,
 * buying roles, stage fallbacks. They rank below every application.properties (250), the
 * environment and system properties, so any key a user sets overrides one default, the others stay.
 */
public final class ProviderDefaults implements ConfigSourceFactory {
    /** Below application.properties (250), above the built-in {@code @WithDefault}s. */
    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue provider = context.getValue("dealfocus.crm.provider");
        String name = provider == null || provider.getValue() == null ? "demo" : provider.getValue().trim();
        URL url = ProviderDefaults.class.getClassLoader().getResource("dealfocus/defaults-" + name + ".properties");
        if (url == null) {
            return List.of(); // an unknown provider: the wiring names the key
        }
        try {
            return List.of(new PropertiesConfigSource(url, ORDINAL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + name + " defaults from the build", e);
        }
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
