package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every request to the org: the session's token as Bearer, the shared budget, daily allowance and
 * call policy ({@link CrmCalls}), the org's usage read from {@code Sforce-Limit-Info} on every answer,
 * and one new login and retry when Salesforce says the session expired ({@code INVALID_SESSION_ID}).
 */
final class SalesforceHttp {
    private static final Pattern NEXT = Pattern.compile("/services/data/(v\\d+\\.\\d+)/query/([A-Za-z0-9-]+)");

    private final SalesforceAuth auth;
    private final CrmCalls calls;
    private final DailyAllowance daily;
    private final ObjectMapper json;
    private final Duration timeout;
    private final String version;
    private SalesforceAuth.Session clientSession;
    private SalesforceApi client;

    SalesforceHttp(SalesforceAuth auth, CrmCalls calls, DailyAllowance daily, ObjectMapper json, Duration timeout, String version) {
        this.auth = auth;
        this.calls = calls;
        this.daily = daily;
        this.json = json;
        this.timeout = timeout;
        this.version = version;
    }

    String version() {
        return version;
    }

    SalesforceAuth.Session session() {
        return auth.session();
    }

    String knownUserId() {
        return auth.knownUserId();
    }

    /** Sends a request; {@code what} names it in messages ("read opportunities"). */
    JsonNode send(String what, ApiCalls counter, Function<SalesforceApi, Response> request) {
        SalesforceAuth.Session session = auth.session();
        try {
            return exchange(session, what, counter, request);
        } catch (CrmException e) {
            if (!expired(e)) {
                throw e;
            }
            // sessions end after the org's timeout of inactivity: log in again once, and ask again
            return exchange(auth.renew(session), what, counter, request);
        }
    }

    /**
     * Every record of a SOQL query, batch after batch ({@code nextRecordsUrl}), to {@code each}; answers
     * how many records came.
     */
    int queryAll(String soql, String what, ApiCalls counter, Consumer<JsonNode> each) {
        JsonNode page = send(what, counter, api -> api.query(version, soql, null));
        int records = 0;
        while (true) {
            for (JsonNode record : page.path("records")) {
                each.accept(record);
                records++;
            }
            String next = page.path("nextRecordsUrl").asText(null);
            if (page.path("done").asBoolean(true) || next == null) {
                return records;
            }
            page = more(next, what, counter);
        }
    }

    /** The first batch of a query: records, {@code done}, {@code nextRecordsUrl}. */
    JsonNode query(String soql, String what, ApiCalls counter) {
        return send(what, counter, api -> api.query(version, soql, null));
    }

    /** The batch a {@code nextRecordsUrl} names (of the query, or of a subquery's records). */
    JsonNode more(String nextRecordsUrl, String what, ApiCalls counter) {
        Matcher m = NEXT.matcher(nextRecordsUrl);
        if (!m.find()) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "Salesforce answered a nextRecordsUrl DealFocus cannot follow: "
                    + nextRecordsUrl);
        }
        return send(what, counter, api -> api.queryMore(m.group(1), m.group(2)));
    }

    private static boolean expired(CrmException e) {
        return e.kind() == CrmException.Kind.FAIL_FAST && e.getCause() instanceof CallFailure f
                && SalesforceErrors.SESSION_EXPIRED.equals(f.answer());
    }

    private JsonNode exchange(SalesforceAuth.Session session, String what, ApiCalls counter, Function<SalesforceApi, Response> request) {
        SalesforceApi api = client(session);
        return calls.call(Lane.GENERAL, what, counter, () -> {
            Response answer;
            try {
                answer = request.apply(api);
            } catch (ProcessingException e) {
                // timeouts and reset connections surface here: worth another try
                throw CallFailure.transientFailure("Salesforce did not answer to " + what + ": " + e.getMessage(), e);
            }
            try (answer) {
                Map<String, String> headers = Headers.of(answer);
                long[] usage = SalesforceErrors.usage(headers);
                if (usage != null) {
                    daily.observe(usage[0], usage[1], null); // a rolling 24 hours: no reset time
                }
                String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
                int status = answer.getStatus();
                if (status >= 200 && status < 300) {
                    return parse(body, what);
                }
                throw SalesforceErrors.sort(status, headers, body, what);
            }
        });
    }

    /** One REST client per session: the instance URL and the token come with the session. */
    private synchronized SalesforceApi client(SalesforceAuth.Session session) {
        if (client == null || !session.equals(clientSession)) {
            String token = session.accessToken();
            ClientRequestFilter bearer = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            client = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(session.instanceUrl())
                    .register(bearer)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(SalesforceApi.class);
            clientSession = session;
        }
        return client;
    }

    private JsonNode parse(String body, String what) {
        try {
            return body.isBlank() ? NullNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            throw CallFailure.transientFailure("Salesforce answered " + what + " with a body that is not JSON", e);
        }
    }
}
