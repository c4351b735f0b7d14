package dev.dealfocus.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * An OpenID provider as the service sees one: its discovery document and signing keys (JWKS), served by
 * WireMock, and tokens signed with its key (or another one) for tests to send.
 */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {
    public static final String REALM = "/realms/revops";
    public static final String AUDIENCE = "dealfocus";
    private static volatile RsaJsonWebKey key;
    private static volatile String issuer;
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        key = generate("provider-key");
        server = new WireMockServer(options().dynamicPort());
        server.start();
        issuer = server.baseUrl() + REALM;
        server.stubFor(get(REALM + "/.well-known/openid-configuration").willReturn(okJson("{\"issuer\":\"" + issuer
                + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\",\"token_endpoint\":\"" + issuer
                + "/protocol/openid-connect/token\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
        server.stubFor(get(REALM + "/protocol/openid-connect/certs").willReturn(okJson(new JsonWebKeySet(key).toJson())));
        return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", AUDIENCE, "quarkus.oidc.token.audience", AUDIENCE);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A token of the provider for {@code subject} with these groups, valid for {@code lifetimeSeconds} from now. */
    public static String token(String subject, List<String> groups, long lifetimeSeconds) {
        return sign(key, issuer, AUDIENCE, subject, groups, lifetimeSeconds);
    }

    /** The same token signed with a key the provider never published. */
    public static String forged(String subject, List<String> groups) {
        return sign(generate("provider-key"), issuer, AUDIENCE, subject, groups, 300);
    }

    /** A token of the provider's key, but another issuer or audience. */
    public static String foreign(String otherIssuer, String otherAudience, List<String> groups) {
        return sign(key, otherIssuer == null ? issuer : otherIssuer, otherAudience == null ? AUDIENCE : otherAudience, "someone",
                groups, 300);
    }

    private static RsaJsonWebKey generate(String kid) {
        try {
            RsaJsonWebKey k = RsaJwkGenerator.generateJwk(2048);
            k.setKeyId(kid);
            k.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return k;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RsaJsonWebKey with, String iss, String aud, String subject, List<String> groups, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(iss);
        claims.setAudience(aud);
        claims.setSubject(subject);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond() - 60));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + lifetimeSeconds));
        claims.setStringListClaim("groups", groups);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(with.getPrivateKey());
        jws.setKeyIdHeaderValue(with.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
