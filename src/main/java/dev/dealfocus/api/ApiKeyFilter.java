package dev.dealfocus.api;

import dev.dealfocus.config.ApiKeys;
import dev.dealfocus.config.DealFocusConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/*} call needs a key of {@code dealfocus.api.keys} in the X-API-Key header; a reader's
 * key may only read. Refusals say no more than what to send, and are counted in
 * {@code dealfocus.api.auth.failures} (tag {@code reason}: missing, invalid, forbidden).
 */
public class ApiKeyFilter {
    static final String HEADER = "X-API-Key";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeys keys;
    private final MeterRegistry registry;

    public ApiKeyFilter(DealFocusConfig config, MeterRegistry registry) {
        this.keys = ApiKeys.of(config);
        this.registry = registry;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || given.isBlank()) {
            return refused("missing", Response.Status.UNAUTHORIZED, "Send an API key in the " + HEADER + " header.");
        }
        Optional<ApiKeys.Role> role = keys.roleOfKey(given);
        if (role.isEmpty()) {
            return refused("invalid", Response.Status.UNAUTHORIZED, "The API key in " + HEADER + " is not valid.");
        }
        if (role.get() == ApiKeys.Role.READER && !READS.contains(request.getMethod())) {
            return refused("forbidden", Response.Status.FORBIDDEN, "This API key may only read.");
        }
        return null;
    }

    private Response refused(String reason, Response.Status status, String detail) {
        registry.counter("dealfocus.api.auth.failures", "reason", reason).increment();
        return Problem.response(status, detail);
    }
}
