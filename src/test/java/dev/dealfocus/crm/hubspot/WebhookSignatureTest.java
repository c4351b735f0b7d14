package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.crm.shared.SignedRequest.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Signature v3. The first case is the example of HubSpot's official Python client library
 * (HubSpot/hubspot-api-python, tests/spec/utils/test_signature.py, test_get_signature__v3).
 */
class WebhookSignatureTest {
    private static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private static final String BODY = "{'example_field':'example_value'}";
    private static final String URI = "https://www.example.com/webhook_uri";
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final String TS = String.valueOf(NOW.minusSeconds(10).toEpochMilli());

    private static String signed(String body, String uri, String ts, String secret) {
        return WebhookSignature.sign("POST", uri, body, ts, secret);
    }

    @Test
    void givenHubSpotsOwnExample_sign_givesItsSignature() {
        assertThat(WebhookSignature.sign("POST", URI, BODY, "15000000", SECRET)).isEqualTo("HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=");
    }

    @Test
    void givenAFreshCorrectlySignedRequest_check_isValid() {
        assertThat(WebhookSignature.check("POST", URI, BODY, TS, signed(BODY, URI, TS, SECRET), SECRET, NOW)).isEqualTo(Verdict.VALID);
    }

    @Test
    void givenTheWrongSecret_check_isInvalid() {
        assertThat(WebhookSignature.check("POST", URI, BODY, TS, signed(BODY, URI, TS, "another-secret"), SECRET, NOW))
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void givenAChangedBody_check_isInvalid() {
        assertThat(WebhookSignature.check("POST", URI, BODY + " ", TS, signed(BODY, URI, TS, SECRET), SECRET, NOW))
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void givenAnotherUri_check_isInvalid() {
        assertThat(WebhookSignature.check("POST", "http://internal:8080/webhook_uri", BODY, TS, signed(BODY, URI, TS, SECRET), SECRET, NOW))
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void givenATimestampOlderThanFiveMinutes_check_isStaleEvenWhenSigned() {
        String old = String.valueOf(NOW.minusSeconds(301).toEpochMilli());
        assertThat(WebhookSignature.check("POST", URI, BODY, old, signed(BODY, URI, old, SECRET), SECRET, NOW)).isEqualTo(Verdict.STALE);
    }

    @Test
    void givenMissingHeaders_check_isMissing() {
        assertThat(WebhookSignature.check("POST", URI, BODY, null, signed(BODY, URI, TS, SECRET), SECRET, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(WebhookSignature.check("POST", URI, BODY, TS, null, SECRET, NOW)).isEqualTo(Verdict.MISSING);
        assertThat(WebhookSignature.check("POST", URI, BODY, "soon", "x", SECRET, NOW)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void givenAnEncodedUri_signing_decodesTheCharactersHubSpotNames() {
        String encoded = "https://www.example.com/webhook_uri%3Fportal%2Cx%40y";
        assertThat(WebhookSignature.sign("POST", encoded, BODY, TS, SECRET))
                .isEqualTo(WebhookSignature.sign("POST", "https://www.example.com/webhook_uri?portal,x@y", BODY, TS, SECRET));
    }
}
