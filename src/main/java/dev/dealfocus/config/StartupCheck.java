package dev.dealfocus.config;

import dev.dealfocus.core.decision.Policy;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Builds the policy at start, so a wrong setting stops the start with a message naming the key
 * instead of failing the first run; and refuses a production start without API keys.
 */
@ApplicationScoped
public class StartupCheck {

    void onStart(@Observes StartupEvent event, DealFocusConfig config, Policy policy, dev.dealfocus.core.port.Renderer renderer) {
        boolean noKeys = config.api().keys().orElse(List.of()).stream().allMatch(String::isBlank);
        if (noKeys && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new ConfigurationError(List.of("dealfocus.api.keys is missing: production needs at least one API key; "
                    + "set DEALFOCUS_API_KEYS from a secret (comma-separated for several keys)"));
        }
    }
}
