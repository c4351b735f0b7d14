package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CallFailure;
import dev.dealfocus.crm.shared.CrmCalls;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Sends one HubSpot request through the shared call policy ({@link CrmCalls}): budget, retries, 429
 * waits, circuit breaker. Reads the daily usage headers of every answer, turns an error answer into
 * a sorted {@link CallFailure} and a success (200, 201, 207) into JSON. The token goes into the
 * {@code Authorization} header only; it is never part of a message or a log line.
 */
final class HubSpotHttp {
    private final HubSpotApi api;
    private final CrmCalls calls;
    private final HubSpotUsage usage;
    private final ObjectMapper json;

    HubSpotHttp(HubSpotApi api, CrmCalls calls, HubSpotUsage usage, ObjectMapper json) {
        this.api = api;
        this.calls = calls;
        this.usage = usage;
        this.json = json;
    }

    /** A REST client for {@code baseUrl} that sends the token as Bearer and leaves error answers to us. */
    static HubSpotApi client(URI baseUrl, String token, Duration timeout) {
        ClientRequestFilter bearer = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .register(bearer)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(HubSpotApi.class);
    }

    /** @param what what DealFocus is doing, for messages ("read deals") */
    JsonNode send(Lane lane, String what, ApiCalls counter, Function<HubSpotApi, Response> request) {
        return calls.call(lane, what, counter, () -> {
            Response answer;
            try {
                answer = request.apply(api);
            } catch (ProcessingException e) {
                // timeouts and reset connections surface here: worth another try
                throw CallFailure.transientFailure("HubSpot did not answer to " + what + ": " + e.getMessage(), e);
            }
            try (answer) {
                Map<String, String> headers = headers(answer);
                usage.observe(headers);
                String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
                if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                    return parse(body, what);
                }
                throw HubSpotErrors.sort(answer.getStatus(), headers, body, what);
            }
        });
    }

    private JsonNode parse(String body, String what) {
        try {
            return body.isBlank() ? NullNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            throw CallFailure.transientFailure("HubSpot answered " + what + " with a body that is not JSON", e);
        }
    }

    private static Map<String, String> headers(Response answer) {
        Map<String, String> headers = new HashMap<>();
        answer.getStringHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }
}
