package dev.dealfocus.core.eaters;

import dev.dealfocus.core.port.ApiCalls;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A CRM that can say what effort went into deals: their activities in a window, read in batches. */
public interface EffortSource {
    Map<String, List<EffortActivity>> effort(Collection<String> dealIds, Instant from, Instant to, ApiCalls calls);
}
