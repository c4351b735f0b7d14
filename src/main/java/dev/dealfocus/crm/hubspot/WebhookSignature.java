package dev.dealfocus.crm.hubspot;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's request signature v3 (developers.hubspot.com, "Validating requests", v3): Base64 of the
 * HMAC-SHA256, keyed with the app's client secret, of method + URI + raw body + the
 * {@code X-HubSpot-Request-Timestamp} value; a timestamp more than 5 minutes old is refused. The URI
 * is the public one HubSpot called ({@code dealfocus.hubspot.webhook-url}), with the characters HubSpot
 * names decoded; the comparison takes constant time.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";
    public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** The URL-encoded characters HubSpot's guide says to decode in the URI before signing. */
    private static final Map<String, String> DECODED = new LinkedHashMap<>();

    static {
        String[][] pairs = {{"%3A", ":"}, {"%2F", "/"}, {"%3F", "?"}, {"%40", "@"}, {"%21", "!"}, {"%24", "$"},
            {"%27", "'"}, {"%28", "("}, {"%29", ")"}, {"%2A", "*"}, {"%2C", ","}, {"%3B", ";"}};
        for (String[] p : pairs) {
            DECODED.put(p[0], p[1]);
        }
    }

    /** Why a request passed or not. */
    public enum Verdict { VALID, MISSING, STALE, INVALID }

    private WebhookSignature() {
    }

    /**
     * @param timestamp the {@code X-HubSpot-Request-Timestamp} header (epoch milliseconds), or {@code null}
     * @param signature the {@code X-HubSpot-Signature-v3} header, or {@code null}
     */
    public static Verdict check(String method, String uri, String body, String timestamp, String signature, String secret,
                                Instant now) {
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        if (Duration.between(Instant.ofEpochMilli(sent), now).compareTo(MAX_AGE) > 0) {
            return Verdict.STALE;
        }
        byte[] expected = sign(method, uri, body, timestamp.trim(), secret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8)) ? Verdict.VALID : Verdict.INVALID;
    }

    /** The v3 signature of a request. */
    public static String sign(String method, String uri, String body, String timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal((method + decoded(uri) + (body == null ? "" : body) + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String decoded(String uri) {
        String out = uri;
        for (Map.Entry<String, String> e : DECODED.entrySet()) {
            out = out.replace(e.getKey(), e.getValue()).replace(e.getKey().toLowerCase(), e.getValue());
        }
        return out;
    }
}
