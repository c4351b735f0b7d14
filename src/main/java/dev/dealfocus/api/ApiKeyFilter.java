package dev.dealfocus.api;

import dev.dealfocus.config.ApiKeys;
import dev.dealfocus.config.DealFocusConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/*} call needs a key of {@code dealfocus.api.keys} in the X-API-Key header or, where
 * OIDC is switched on, a bearer token with the reader or operator role; a reader may only read.
 * Refusals say no more than what to send, and are counted in {@code dealfocus.api.auth.failures}
 * (tag {@code reason}: missing, invalid, forbidden).
 */
public class ApiKeyFilter {
    static final String HEADER = "X-API-Key";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final DealFocusConfig.Oidc oidc;
    private final CurrentIdentityAssociation identities;
    private final MeterRegistry registry;

    public ApiKeyFilter(DealFocusConfig config, CurrentIdentityAssociation identities, MeterRegistry registry) {
        this.keys = ApiKeys.of(config);
        this.oidc = config.api().oidc();
        this.identities = identities;
        this.registry = registry;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return none();
        }
        String given = request.getHeaderString(HEADER);
        if (given != null && !given.isBlank()) {
            Optional<ApiKeys.Role> role = keys.roleOfKey(given);
            return Uni.createFrom().item(role.isEmpty()
                    ? refused("invalid", Response.Status.UNAUTHORIZED, "The API key in " + HEADER + " is not valid.")
                    : allowed(role.get(), request.getMethod()));
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().item(refused("missing", Response.Status.UNAUTHORIZED,
                    "Send an API key in the " + HEADER + " header, or a bearer token."));
        }
        // authentication is lazy (quarkus.http.auth.proactive=false): the token is checked here, so every
        // refusal is counted and answered alike; with OIDC switched off no token is valid
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) -> {
            if (failure != null || identity == null || identity.isAnonymous()) {
                return refused("invalid", Response.Status.UNAUTHORIZED, "The bearer token is not valid.");
            }
            Optional<ApiKeys.Role> role = roleOf(identity);
            return role.isEmpty() ? refused("forbidden", Response.Status.FORBIDDEN, "This token may not use the API.")
                    : allowed(role.get(), request.getMethod());
        });
    }

    private Optional<ApiKeys.Role> roleOf(SecurityIdentity identity) {
        if (identity.hasRole(oidc.operatorRole())) {
            return Optional.of(ApiKeys.Role.OPERATOR);
        }
        return identity.hasRole(oidc.readerRole()) ? Optional.of(ApiKeys.Role.READER) : Optional.empty();
    }

    private Response allowed(ApiKeys.Role role, String method) {
        if (role == ApiKeys.Role.READER && !READS.contains(method)) {
            return refused("forbidden", Response.Status.FORBIDDEN, "This key or token may only read.");
        }
        return null;
    }

    private static Uni<Response> none() {
        return Uni.createFrom().nullItem();
    }

    private Response refused(String reason, Response.Status status, String detail) {
        registry.counter("dealfocus.api.auth.failures", "reason", reason).increment();
        return Problem.response(status, detail);
    }
}
