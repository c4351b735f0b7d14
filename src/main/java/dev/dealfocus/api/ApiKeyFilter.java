package dev.dealfocus.api;

import dev.dealfocus.config.DealFocusConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every {@code /api/*} call needs a key from {@code dealfocus.api.keys} in the X-API-Key header. */
public class ApiKeyFilter {
    static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;

    public ApiKeyFilter(DealFocusConfig config) {
        this.keys = config.api().keys().orElse(List.of()).stream().filter(k -> !k.isBlank())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || given.isBlank()) {
            return Problem.response(Response.Status.UNAUTHORIZED, "Send an API key in the " + HEADER + " header.");
        }
        byte[] candidate = given.getBytes(StandardCharsets.UTF_8);
        // constant-time comparison, so response times do not leak how much of a key was right
        boolean known = keys.stream().anyMatch(k -> MessageDigest.isEqual(k, candidate));
        return known ? null : Problem.response(Response.Status.UNAUTHORIZED, "The API key in " + HEADER + " is not valid.");
    }
}
