package dev.dealfocus.core.eaters;

import dev.dealfocus.core.port.ApiCalls;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A CRM that can say what effort went into deals, read in batches. */
public interface EffortSource {
    /** Each deal's activities in [from, to); deals without any may be absent. */
    Map<String, List<EffortActivity>> effort(Collection<String> dealIds, Instant from, Instant to, ApiCalls calls);

    /**
     * Each deal's hours-spent property at {@code from} and at {@code to}, from the property's history
     * (dealfocus.time-eaters.hours-spent-property).
     *
     * @throws UnsupportedOperationException where the CRM keeps no history of the property
     */
    default Map<String, HoursSpent> hoursSpent(Collection<String> dealIds, String property, Instant from, Instant to,
                                               ApiCalls calls) {
        throw new UnsupportedOperationException("this CRM keeps no history of " + property);
    }
}
