package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.CrmException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Logs DealFocus in to the org (facts B1) and keeps the session, shared by every request of the
 * service: the OAuth client-credentials flow (client id and secret of the External Client App, which
 * runs as its run-as user), or the JWT bearer flow (a token signed RS256 with the app's private key for
 * a pre-authorised user, {@code exp} within 3 minutes, audience login or test.salesforce.com, never
 * the My Domain URL). Neither flow gives a refresh token: an expired session is replaced by logging in
 * again ({@link #renew}). A refused login names the setting to fix; secrets never reach a message.
 */
final class SalesforceAuth {
    /** The audience of production orgs' JWTs. */
    static final String PRODUCTION_AUDIENCE = "https://login.salesforce.com";
    /** The audience of sandboxes' JWTs. */
    static final String SANDBOX_AUDIENCE = "https://test.salesforce.com";
    /** Salesforce refuses a JWT whose exp is more than 3 minutes away; DealFocus asks for less. */
    static final Duration JWT_LIFETIME = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A session: the token, where the org's data lives, and whose it is. */
    record Session(String accessToken, URI instanceUrl, String organizationId, String userId) {
        @Override
        public String toString() {
            return "session of user " + userId + " in org " + organizationId + " at " + instanceUrl;
        }
    }

    /** How DealFocus logs in. */
    sealed interface Flow {
        /** The OAuth client-credentials flow of an External Client App with a run-as user. */
        record ClientCredentials(String clientId, String clientSecret) implements Flow {
            @Override
            public String toString() {
                return "client credentials of " + clientId;
            }
        }

        /** The JWT bearer flow for {@code username}, signed with the app's private key. */
        record JwtBearer(String clientId, String username, PrivateKey key, String audience) implements Flow {
            @Override
            public String toString() {
                return "JWT bearer for " + username;
            }
        }
    }

    private final SalesforceLoginApi login;
    private final Flow flow;
    private final Clock clock;
    private Session session;

    SalesforceAuth(SalesforceLoginApi login, Flow flow, Clock clock) {
        this.login = login;
        this.flow = Objects.requireNonNull(flow, "flow");
        this.clock = clock;
    }

    /** The user of the current session, or {@code null} before the first login: never logs in. */
    synchronized String knownUserId() {
        return session == null ? null : session.userId();
    }

    /** The current session, logging in when there is none. */
    synchronized Session session() {
        if (session == null) {
            session = logIn();
        }
        return session;
    }

    /**
     * A new session after Salesforce refused {@code stale} ({@code INVALID_SESSION_ID}); when another
     * request renewed it already, that session is used, so a burst of refusals logs in once.
     */
    synchronized Session renew(Session stale) {
        if (session == null || session.equals(stale)) {
            session = logIn();
        }
        return session;
    }

    private Session logIn() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (flow instanceof Flow.ClientCredentials c) {
            form.putSingle("grant_type", "client_credentials");
            form.putSingle("client_id", c.clientId());
            form.putSingle("client_secret", c.clientSecret());
        } else if (flow instanceof Flow.JwtBearer j) {
            form.putSingle("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
            form.putSingle("assertion", assertion(j));
        }
        Response answer;
        try {
            answer = login.token(form);
        } catch (ProcessingException e) {
            throw new CrmException(CrmException.Kind.RETRY, "Salesforce's login did not answer (" + e.getMessage()
                    + "); check dealfocus.salesforce.login-url if this lasts.", e);
        }
        try (answer) {
            String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
            JsonNode json = parse(body);
            if (answer.getStatus() == 200 && json.hasNonNull("access_token") && json.hasNonNull("instance_url")) {
                return session(json);
            }
            throw refused(answer.getStatus(), json);
        }
    }

    private Session session(JsonNode json) {
        // id: https://login.salesforce.com/id/<org id>/<user id>
        String[] id = json.path("id").asText("").split("/");
        String org = id.length >= 2 ? id[id.length - 2] : null;
        String user = id.length >= 1 ? id[id.length - 1] : null;
        String instance = json.path("instance_url").asText();
        return new Session(json.path("access_token").asText(), URI.create(instance.endsWith("/") ? instance : instance + "/"),
                org, user);
    }

    /** A refused login, with the setting that is most likely wrong. */
    private CrmException refused(int status, JsonNode json) {
        String error = json.path("error").asText("");
        String description = json.path("error_description").asText("");
        String said = error.isEmpty() ? "HTTP " + status : error + (description.isEmpty() ? "" : ": " + description);
        if (status >= 500) {
            return new CrmException(CrmException.Kind.RETRY, "Salesforce's login failed (" + said + "); trying again later.");
        }
        String fix = switch (error) {
            case "invalid_client_id" -> "dealfocus.salesforce.client-id is not the consumer key of an External Client App in this org";
            case "invalid_client" -> flow instanceof Flow.ClientCredentials
                    ? "dealfocus.salesforce.client-secret (or client-id) does not match the External Client App's consumer secret"
                    : "dealfocus.salesforce.client-id does not name the External Client App that holds the certificate";
            case "unsupported_grant_type" -> "the External Client App does not allow the "
                    + (flow instanceof Flow.ClientCredentials ? "client credentials flow (enable it and set a run-as user)"
                    : "JWT bearer flow (enable \"Use digital signatures\" and upload the certificate)")
                    + "; or dealfocus.salesforce.login-url is not the org's My Domain URL";
            case "invalid_grant" -> grantFix(description);
            default -> "dealfocus.salesforce.login-url must be the org's My Domain URL (https://<domain>.my.salesforce.com)";
        };
        return new CrmException(CrmException.Kind.FAIL_FAST, "Salesforce refused DealFocus's login (" + said + "): " + fix + ".");
    }

    private String grantFix(String description) {
        String d = description.toLowerCase();
        if (d.contains("scope")) {
            return "the External Client App needs the OAuth scope \"api\"";
        }
        if (flow instanceof Flow.ClientCredentials) {
            return d.contains("domain") ? "dealfocus.salesforce.login-url must be the org's My Domain URL, not login.salesforce.com"
                    : "the External Client App's run-as user is missing or inactive";
        }
        if (d.contains("audience")) {
            return "the JWT audience does not match the org: set dealfocus.salesforce.sandbox=true for a sandbox, false for production";
        }
        if (d.contains("user") || d.contains("approved")) {
            return "dealfocus.salesforce.username is unknown, inactive or not pre-authorised for the External Client App";
        }
        return "dealfocus.salesforce.private-key-file does not match the certificate uploaded to the External Client App";
    }

    /** The JWT: header {"alg":"RS256"}, claims iss, sub, aud, exp, signed RS256, Base64url without padding. */
    String assertion(Flow.JwtBearer j) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(JSON.createObjectNode().put("iss", j.clientId()).put("sub", j.username())
                .put("aud", j.audience()).put("exp", clock.instant().plus(JWT_LIFETIME).getEpochSecond()).toString()
                .getBytes(StandardCharsets.UTF_8));
        String signed = header + "." + claims;
        return signed + "." + b64.encodeToString(sign(j.key(), signed));
    }

    private static byte[] sign(PrivateKey key, String text) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(text.getBytes(StandardCharsets.US_ASCII));
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "dealfocus.salesforce.private-key-file cannot sign a JWT: "
                    + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = body.isBlank() ? null : JSON.readTree(body);
            return json == null ? JSON.createObjectNode() : json;
        } catch (IOException e) {
            return JSON.createObjectNode(); // a proxy's page: the status says enough
        }
    }
}
