package dev.dealfocus.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.dealfocus.testing.OidcProviderResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 5: OIDC bearer tokens as an option beside API keys, checked against the signing keys an
 * OpenID provider (WireMock) publishes. An operator's token may start runs, a reader's may only read, a
 * token without either role is refused (403), and expired, forged, foreign or garbled tokens get one
 * undetailed 401; every refusal is counted in dealfocus.api.auth.failures.
 */
@QuarkusTest
@TestProfile(OidcApiTest.WithOidc.class)
class OidcApiTest {
    public static class WithOidc implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderResource.class));
        }
    }

    private static ValidatableResponse withToken(String method, String path, String token) {
        var request = given().header("Authorization", "Bearer " + token);
        return (method.equals("GET") ? request.get(path) : request.post(path)).then();
    }

    @Test
    void givenAnOperatorToken_startADryRun_isAllowed() {
        String token = OidcProviderResource.token("ops@example.com", List.of("dealfocus-operator"), 300);
        withToken("POST", "/api/runs?dryRun=true", token).statusCode(200).body("outcome", equalTo("DRY_RUN"));
        withToken("GET", "/api/runs", token).statusCode(200);
    }

    @Test
    void givenAReaderToken_read_isAllowedAndStartingARunIsForbidden() {
        String token = OidcProviderResource.token("analyst@example.com", List.of("dealfocus-reader"), 300);
        withToken("GET", "/api/runs", token).statusCode(200);
        withToken("POST", "/api/runs?dryRun=true", token).statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This key or token may only read."));
    }

    @Test
    void givenAValidTokenWithoutADealFocusRole_anyCall_isForbidden() {
        String token = OidcProviderResource.token("someone@example.com", List.of("sales"), 300);
        withToken("GET", "/api/runs", token).statusCode(403).body("detail", equalTo("This token may not use the API."));
    }

    @Test
    void givenExpiredForgedForeignOrGarbledTokens_anyCall_answersTheSame401AndCountsIt() {
        List<String> bad = List.of(
                OidcProviderResource.token("ops@example.com", List.of("dealfocus-operator"), -600),
                OidcProviderResource.forged("ops@example.com", List.of("dealfocus-operator")),
                OidcProviderResource.foreign("https://evil.example.com/realms/revops", null, List.of("dealfocus-operator")),
                OidcProviderResource.foreign(null, "another-app", List.of("dealfocus-operator")),
                "not.a.jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        for (String token : bad) {
            String body = withToken("POST", "/api/runs?dryRun=true", token).statusCode(401)
                    .contentType("application/problem+json").body("detail", equalTo("The bearer token is not valid."))
                    .extract().asString();
            assertThat(body).as("the answer never echoes the token").doesNotContain(token);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("dealfocus_api_auth_failures_total{reason=\"invalid\"}");
    }

    @Test
    void givenOidcSwitchedOn_apiKeysStillWork_andNothingAtAllIsRefused() {
        Api.api().get("/api/runs").then().statusCode(200);
        given().get("/api/runs").then().statusCode(401).body("detail", equalTo("Send an API key in the X-API-Key header, or a bearer token."));
    }
}
