package dev.dealfocus.crm.hubspot;

import dev.dealfocus.crm.shared.SignedRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;


/**
 * HubSpot's request signature v3 (developers.hubspot.com, "Validating requests", v3): Base64 of the
 * HMAC-SHA256, keyed with the app's client secret, of method + URI + raw body + the
 * {@code X-HubSpot-Request-Timestamp} value; a timestamp more than 5 minutes from now is refused (shared {@link SignedRequest}). The URI
 * is the public one HubSpot called ({@code dealfocus.hubspot.webhook-url}), with the characters HubSpot
 * names decoded; the comparison takes constant time.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";
    public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
    /** The URL-encoded characters HubSpot's guide says to decode in the URI before signing. */
    private static final Map<String, String> DECODED = new LinkedHashMap<>();

    static {
        String[][] pairs = {{"%3A", ":"}, {"%2F", "/"}, {"%3F", "?"}, {"%40", "@"}, {"%21", "!"}, {"%24", "$"},
            {"%27", "'"}, {"%28", "("}, {"%29", ")"}, {"%2A", "*"}, {"%2C", ","}, {"%3B", ";"}};
        for (String[] p : pairs) {
            DECODED.put(p[0], p[1]);
        }
    }

    private WebhookSignature() {
    }

    /**
     * @param timestamp the {@code X-HubSpot-Request-Timestamp} header (epoch milliseconds), or {@code null}
     * @param signature the {@code X-HubSpot-Signature-v3} header, or {@code null}
     */
    public static SignedRequest.Verdict check(String method, String uri, String body, String timestamp, String signature,
                                              String secret, Instant now) {
        return SignedRequest.verify(timestamp, signature, ChronoUnit.MILLIS, now, t -> sign(method, uri, body, t, secret));
    }

    /** The v3 signature of a request. */
    public static String sign(String method, String uri, String body, String timestamp, String secret) {
        return SignedRequest.hmac(secret, method + decoded(uri) + (body == null ? "" : body) + timestamp);
    }

    private static String decoded(String uri) {
        String out = uri;
        for (Map.Entry<String, String> e : DECODED.entrySet()) {
            out = out.replace(e.getKey(), e.getValue()).replace(e.getKey().toLowerCase(), e.getValue());
        }
        return out;
    }
}
