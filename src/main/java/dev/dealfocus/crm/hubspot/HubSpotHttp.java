package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CallFailure;
import dev.dealfocus.crm.shared.CrmCalls;
import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.crm.shared.Headers;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends one HubSpot request through the shared call policy ({@link CrmCalls}): budget, retries, 429
 * waits, circuit breaker. Reads the daily usage headers of every answer, turns an error answer into
 * a sorted {@link CallFailure} and a success (200, 201, 207) into JSON. The token goes into the
 * {@code Authorization} header only; it is never part of a message or a log line.
 */
final class HubSpotHttp {
    /** HubSpot's object batch endpoints take at most 100 inputs (facts A2). */
    static final int READ_BATCH = 100;

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

    /** An answer HubSpot gave: its status and body ({@code null} node when empty). */
    record Answer(int status, JsonNode body) {
    }

    DailyAllowance.Usage dailyUsage() {
        return usage.current();
    }

    /** @param what what DealFocus is doing, for messages ("read deals") */
    JsonNode send(Lane lane, String what, ApiCalls counter, Function<HubSpotApi, Response> request) {
        return exchange(lane, what, counter, request, false).body();
    }

    /**
     * As {@link #send}, but a refusal (a 4xx other than 401 and 429) comes back as an answer instead of
     * being thrown: the setup reads a 403 {@code MISSING_SCOPES} or a 409 as facts, not as failures.
     */
    Answer probe(String what, ApiCalls counter, Function<HubSpotApi, Response> request) {
        return exchange(Lane.GENERAL, what, counter, request, true);
    }

    private Answer exchange(Lane lane, String what, ApiCalls counter, Function<HubSpotApi, Response> request,
                            boolean refusalsAnswer) {
        return calls.call(lane, what, counter, () -> {
            Response answer;
            try {
                answer = request.apply(api);
            } catch (ProcessingException e) {
                // timeouts and reset connections surface here: worth another try
                throw CallFailure.transientFailure("HubSpot did not answer to " + what + ": " + e.getMessage(), e);
            }
            try (answer) {
                Map<String, String> headers = Headers.of(answer);
                usage.observe(headers);
                String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
                int status = answer.getStatus();
                if (status >= 200 && status < 300) {
                    return new Answer(status, parse(body, what));
                }
                if (refusalsAnswer && status >= 400 && status < 500 && status != 401 && status != 429) {
                    return new Answer(status, lenient(body));
                }
                throw HubSpotErrors.sort(status, headers, body, what);
            }
        });
    }

    /**
     * Asks HubSpot's daily usage endpoint when no answer carried the daily headers yet (searches never
     * do; some token kinds never do): one call per run at most. An answer that is no usage (the
     * endpoint serves private apps; another app kind may be refused) leaves the count unknown.
     */
    void learnDailyUsage(String version, ApiCalls counter) {
        if (!usage.known()) {
            Answer answer = probe("read the account's daily API usage", counter, api -> api.dailyUsage(version));
            if (answer.status() == 200) {
                usage.observeUsageApi(answer.body());
            }
        }
    }

    /**
     * Batch-reads records of one object type by id, {@value #READ_BATCH} a call (spec
     * {@code BatchReadInputSimplePublicObjectId}, whose {@code propertiesWithHistory} is required);
     * every result goes to {@code each}. Ids HubSpot does not know come back as per-item errors and are skipped.
     */
    void readBatches(String version, String objectType, List<String> properties, List<String> ids, String what,
                     ApiCalls counter, Consumer<JsonNode> each) {
        readBatches(version, objectType, properties, List.of(), ids, what, counter, each);
    }

    /** As above, with the full history of {@code withHistory} in each result's {@code propertiesWithHistory}. */
    void readBatches(String version, String objectType, List<String> properties, List<String> withHistory, List<String> ids,
                     String what, ApiCalls counter, Consumer<JsonNode> each) {
        List<String> distinct = ids.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += READ_BATCH) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            properties.forEach(body.putArray("properties")::add);
            withHistory.forEach(body.putArray("propertiesWithHistory")::add);
            distinct.subList(i, Math.min(distinct.size(), i + READ_BATCH))
                    .forEach(id -> body.withArray("inputs").addObject().put("id", id));
            send(Lane.GENERAL, what, counter, api -> api.batchRead(version, objectType, false, body))
                    .path("results").forEach(each);
        }
    }

    private JsonNode parse(String body, String what) {
        try {
            return body.isBlank() ? NullNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            throw CallFailure.transientFailure("HubSpot answered " + what + " with a body that is not JSON", e);
        }
    }

    private JsonNode lenient(String body) {
        try {
            return body.isBlank() ? NullNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            return NullNode.getInstance(); // a proxy's page: the status says enough
        }
    }
}
