package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.crm.shared.CallFailure.Kind;
import dev.dealfocus.crm.shared.CallFailure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies as HubSpot documents them (shared/reference/crm-api-facts.md A7; docs/BEHAVIOR-hubspot.md). */
class HubSpotErrorsTest {
    private static final String DAILY = """
            {"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT",
             "correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"DAILY",
             "requestId":"3d3e35b7-0dae-4b9f-a6e3-9c230cbcf8dd"}""";
    private static final String TEN_SECONDLY = """
            {"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT",
             "correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"TEN_SECONDLY_ROLLING"}""";
    private static final String SECONDLY = """
            {"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT",
             "correlationId":"4b1c2a8e-9a1f-4e8b-8d2e-1f2a3b4c5d6e"}""";
    private static final String MISSING_SCOPES = """
            {"status":"error","message":"This app hasn't been granted all required scopes to make this call.",
             "correlationId":"0e2d8a2a-5bb6-4b1a-9f7e-0d3c2e1b4a5f","category":"MISSING_SCOPES",
             "errors":[{"message":"One or more of the following scopes are required.",
                        "context":{"requiredGranularScopes":["crm.objects.owners.read"]}}],
             "context":{"missingScopes":["crm.objects.owners.read"]}}""";
    private static final String BAD_TOKEN = """
            {"status":"error","message":"Authentication credentials not found.","correlationId":"x","category":"INVALID_AUTHENTICATION"}""";
    private static final String UNKNOWN_PROPERTY = """
            {"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"Property \\\\\\"dealfocus_score\\\\\\" does not exist\\",\\"error\\":\\"PROPERTY_DOESNT_EXIST\\",\\"name\\":\\"dealfocus_score\\"}]",
             "correlationId":"y","category":"VALIDATION_ERROR"}""";

    private static CallFailure sort(int status, String body) {
        return HubSpotErrors.sort(status, Map.of(), body, "read deals");
    }

    @Test
    void givenTheDailyPolicy_sort_stopsTheRun() {
        CallFailure f = sort(429, DAILY);
        assertThat(f.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
        assertThat(f.getMessage()).contains("daily API limit").contains("next run resumes");
    }

    @Test
    void givenTheTenSecondPolicy_sort_waitsTheWindowWhenNoRetryAfterIsSent() {
        CallFailure f = sort(429, TEN_SECONDLY);
        assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenARetryAfterHeader_sort_waitsThatLong() {
        CallFailure f = HubSpotErrors.sort(429, Map.of("Retry-After", "3"), TEN_SECONDLY, "read deals");
        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void givenTheSearchSecondlyLimit_sort_waitsASecond() {
        CallFailure f = sort(429, SECONDLY);
        assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void givenAMissingScope_sort_failsFastNamingTheScope() {
        CallFailure f = sort(403, MISSING_SCOPES);
        assertThat(f.kind()).isEqualTo(Kind.FAIL_FAST);
        assertThat(f.getMessage()).contains("crm.objects.owners.read").contains("read deals");
    }

    @Test
    void givenABadToken_sort_failsFastSayingWhereTheTokenComesFrom() {
        CallFailure f = sort(401, BAD_TOKEN);
        assertThat(f.kind()).isEqualTo(Kind.FAIL_FAST);
        assertThat(f.getMessage()).contains("DEALFOCUS_HUBSPOT_ACCESS_TOKEN").contains("Authentication credentials not found.");
    }

    @Test
    void givenAnUnknownProperty_sort_failsFastWithHubSpotsMessage() {
        CallFailure f = sort(400, UNKNOWN_PROPERTY);
        assertThat(f.kind()).isEqualTo(Kind.FAIL_FAST);
        assertThat(f.getMessage()).contains("dealfocus_score").contains("VALIDATION_ERROR");
    }

    @Test
    void givenServerErrorsTimeoutsAndALock_sort_retries() {
        for (int status : new int[] {500, 502, 503, 504, 408, 521, 524}) {
            assertThat(sort(status, "<html>Bad gateway</html>").kind()).as("HTTP %d", status).isEqualTo(Kind.TRANSIENT);
        }
        CallFailure locked = sort(423, "{\"status\":\"error\",\"message\":\"Locked\"}");
        assertThat(locked.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(locked.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void givenAMigrationInProgress_sort_retriesAfterTheTimeHubSpotNames() {
        CallFailure f = HubSpotErrors.sort(477, Map.of("retry-after", "7200"), "{}", "read deals");
        assertThat(f.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(f.retryAfter()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void givenABodyThatIsNotJson_sort_stillSortsByStatus() {
        assertThat(sort(429, "Too many requests").kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(sort(403, "").kind()).isEqualTo(Kind.FAIL_FAST);
    }
}
