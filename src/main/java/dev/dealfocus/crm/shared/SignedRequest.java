package dev.dealfocus.crm.shared;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook request signed with a shared secret: Base64 of an HMAC-SHA256 over text that includes a
 * timestamp, compared in constant time; a timestamp more than {@link #MAX_AGE} away from now, either
 * way, is refused so a captured request cannot be replayed later. Each CRM says what the text is.
 */
public final class SignedRequest {
    /** How far a request's timestamp may be from now. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Why a request passed or not. */
    public enum Verdict { VALID, MISSING, STALE, INVALID }

    private SignedRequest() {
    }

    /**
     * @param timestamp the request's timestamp header, a whole number in {@code unit} since the epoch, or {@code null}
     * @param signature the request's signature header, or {@code null}
     * @param expected  the signature the request must carry, given its timestamp text
     */
    public static Verdict verify(String timestamp, String signature, ChronoUnit unit, Instant now, Function<String, String> expected) {
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            return Verdict.MISSING;
        }
        Instant sent;
        try {
            sent = Instant.EPOCH.plus(Long.parseLong(timestamp.trim()), unit);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            return Verdict.INVALID;
        }
        if (Duration.between(sent, now).abs().compareTo(MAX_AGE) > 0) {
            return Verdict.STALE;
        }
        byte[] wanted = expected.apply(timestamp.trim()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(wanted, signature.trim().getBytes(StandardCharsets.UTF_8)) ? Verdict.VALID : Verdict.INVALID;
    }

    /** Base64 of the HMAC-SHA256 of {@code text}, keyed with {@code secret}. */
    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
