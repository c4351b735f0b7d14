package dev.dealfocus.testing.hubspot;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A HubSpot portal in memory, served over HTTP by WireMock: the date-versioned paths DealFocus calls,
 * with HubSpot's documented request and answer shapes (docs/BEHAVIOR-hubspot.md cites each), the
 * token and scope checks, the 10-second and search limits (a request over them is answered 429, as
 * HubSpot does, and counted), daily usage headers, search's 200-a-page and 10,000-result caps, batch
 * answers per item, and the activity roll-ups HubSpot recomputes when a note, task or meeting is
 * logged. Every request body is checked against HubSpot's published request schemas
 * ({@link SpecCheck}); what fails is kept in {@link #violations()}.
 */
public final class HubSpotSimulator extends dev.dealfocus.testing.SimulatedCrm {
    public static final String TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555";
    public static final List<String> ALL_SCOPES = List.of("crm.objects.deals.read", "crm.objects.deals.write",
            "crm.objects.contacts.read", "crm.objects.contacts.write", "crm.objects.companies.read", "crm.objects.companies.write",
            "crm.objects.owners.read", "crm.schemas.deals.read", "crm.schemas.deals.write", "crm.schemas.companies.write", "tickets",
            "crm.objects.invoices.read", "oauth");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OBJECTS = Pattern.compile("/crm/objects/[0-9-]+/([a-z_]+)/(search|batch/read|batch/update|batch/create)");
    private static final Pattern LIST = Pattern.compile("/crm/objects/[0-9-]+/([a-z_]+)");
    private static final Pattern ASSOCIATIONS = Pattern.compile("/crm/associations/[0-9-]+/([a-z_]+)/([a-z_]+)/batch/read");
    private static final Pattern PROPERTIES = Pattern.compile("/crm/properties/[0-9-]+/([a-z_]+)(/groups)?");
    private static final int SEARCH_CAP = 10_000;

    /** One record: its id, properties as HubSpot keeps them (text), creation time. */
    public static final class Record {
        public final String id;
        public final Map<String, String> properties = new TreeMap<>();
        public final Instant createdAt;
        Instant updatedAt;
        final List<String[]> closeDates = new ArrayList<>();

        Record(String id, Instant createdAt) {
            this.id = id;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }
    }

    /** A request as the simulator saw it. */
    public record Seen(String method, String path, JsonNode body, int status) {
        /** Whether the request could change the portal (a batch of no inputs, the setup's scope probe, cannot). */
        public boolean writes() {
            boolean batch = path.contains("/batch/update") || path.contains("/batch/create");
            return method.equals("POST") && (batch && body != null && !body.path("inputs").isEmpty()
                    || path.matches("/crm/objects/[0-9-]+/[a-z]+") || path.startsWith("/crm/properties/"));
        }
    }

    private final Clock clock;
    private final Map<String, Map<String, Record>> objects = new LinkedHashMap<>();
    private final Map<String, Map<String, ObjectNode>> properties = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> links = new LinkedHashMap<>();
    /** The other direction of {@link #links}: "notes:7" to the deals the note is linked to. */
    private final Map<String, Set<String>> dealsOf = new java.util.HashMap<>();
    /** Every link read backwards: "tickets:9:companies" to the companies the ticket is linked to. */
    private final Map<String, Set<String>> back = new java.util.HashMap<>();
    private final List<ObjectNode> owners = new ArrayList<>();
    private final Set<String> scopes = new HashSet<>(ALL_SCOPES);
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Deque<Instant> recentSearches = new ArrayDeque<>();
    private final List<Map.Entry<Predicate<String>, ResponseDefinition>> faults = new ArrayList<>();
    private int requestsPer10s = 100;
    private long dailyLimit = 250_000;
    private long dailyUsed;
    private boolean dailyHeaders = true;
    private boolean keepBodies = true;
    private int benchWrites;
    private int lastSearchResults;
    private final Map<String, Integer> inputs = new TreeMap<>();
    private final Map<String, Instant> written = new java.util.HashMap<>();
    private int rateLimited;
    private long nextId = 90_000;

    public HubSpotSimulator(Clock clock) {
        this.clock = clock;
        for (String type : List.of("deals", "contacts", "companies", "notes", "tasks", "meetings", "calls", "emails", "tickets", "invoices")) {
            objects.put(type, new TreeMap<>(Comparator.comparingLong(Long::parseLong)));
            properties.put(type, new LinkedHashMap<>());
            groups.put(type, new HashSet<>(List.of(type.substring(0, type.length() - 1) + "information")));
        }
        for (String p : List.of("dealname", "pipeline", "dealstage", "hubspot_owner_id", "createdate", "amount",
                "deal_currency_code", "hs_deal_stage_probability", "closedate", "hs_is_closed", "hs_is_closed_won", "hs_lastmodifieddate",
                "hs_object_id", "hs_merged_object_ids", "notes_last_updated", "notes_next_activity_date")) {
            property("deals", p, p.contains("date") || p.equals("notes_last_updated") ? "datetime" : "string");
        }
    }

    // ---- running

    @Override
    protected boolean journal() {
        return keepBodies;
    }

    @Override
    public String getName() {
        return "hubspot-simulator";
    }

    @Override
    protected synchronized ResponseDefinition answer(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        if (path.startsWith("/__bench/")) {
            return control(path, request.getUrl());
        }
        JsonNode body = parse(request.getBodyAsString());
        ResponseDefinition answer = answer(request.getMethod().getName(), path, request.getUrl(), body,
                request.getHeader("Authorization"));
        seen.add(new Seen(request.getMethod().getName(), path, keepBodies ? body : null, answer.getStatus()));
        if (!keepBodies && body != null && answer.getStatus() < 300 && (path.contains("/batch/update") || path.contains("/batch/create"))) {
            benchWrites++;
        }
        if (body != null && answer.getStatus() < 300) {
            String key = request.getMethod().getName() + " " + path;
            inputs.merge(key, path.endsWith("/search") ? lastSearchResults : body.path("inputs").size(), Integer::sum);
        }
        return answer;
    }

    /**
     * The benchmark's controls (test code only): {@code limit?n=} requests per 10 s, {@code change?every=}
     * (every n-th deal loses its answers, so its status changes), {@code answer?ids=} (those deals get full
     * answers), {@code clear}, {@code stats}, {@code written} (deals written since the last clear, epoch ms).
     */
    private ResponseDefinition control(String path, String url) {
        Map<String, String> query = new LinkedHashMap<>();
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        ObjectNode answer = NODES.objectNode();
        switch (path) {
            case "/__bench/limit" -> requestsPer10s = Integer.parseInt(query.get("n"));
            case "/__bench/change" -> {
                // the given share of the open deals, spread over the pipeline, all of them ACTIVE or NURTURE now,
                // lose their answers: each one's status changes to PARKED
                double share = Double.parseDouble(query.get("share"));
                List<Record> open = objects.get("deals").values().stream().filter(d -> !"true".equals(d.properties.get("hs_is_closed")))
                        .toList();
                long wanted = Math.round(open.size() * share);
                List<Record> worked = open.stream().filter(d -> List.of("ACTIVE", "NURTURE").contains(d.properties.get("dealfocus_status")))
                        .toList();
                ArrayNode ids = answer.putArray("ids");
                double step = (double) worked.size() / Math.max(1, wanted);
                for (int k = 0; k < wanted && k * step < worked.size(); k++) {
                    Record deal = worked.get((int) (k * step));
                    deal.properties.putAll(Map.of("dealfocus_problem", "none", "dealfocus_budget", "none", "dealfocus_fit", "bends",
                            "dealfocus_decision_maker", "none", "dealfocus_timeline", "none"));
                    touch(deal);
                    ids.add(deal.id);
                }
                answer.put("changed", ids.size());
            }
            case "/__bench/answer" -> {
                for (String id : query.get("ids").split(",")) {
                    Record deal = objects.get("deals").get(id);
                    deal.properties.putAll(Map.of("dealfocus_problem", "named", "dealfocus_decision_maker", "economic-buyer",
                            "dealfocus_timeline", "dated", "dealfocus_budget", "approved", "dealfocus_fit", "standard"));
                    touch(deal);
                }
            }
            case "/__bench/clear" -> {
                seen.clear();
                inputs.clear();
                benchWrites = 0;
                written.clear();
                rateLimited = 0;
            }
            case "/__bench/written" -> written.forEach((id, at) -> answer.put(id, at.toEpochMilli()));
            default -> {
                answer.put("requests", seen.size()).put("writes", benchWrites).put("rateLimited", rateLimited)
                        .put("violations", violations.size());
                Map<String, Integer> byPath = new TreeMap<>();
                seen.forEach(r -> byPath.merge(r.method() + " " + r.path(), 1, Integer::sum));
                ObjectNode paths = answer.putObject("byPath");
                byPath.forEach(paths::put);
                ObjectNode items = answer.putObject("inputsByPath");
                inputs.forEach(items::put);
            }
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(answer.toString()).build();
    }

    /** Keeps no request bodies (a benchmark's millions of inputs), counting writes instead. */
    public synchronized HubSpotSimulator forBenchmark() {
        keepBodies = false;
        return this;
    }

    // ---- the portal, as a test sets it up

    public synchronized HubSpotSimulator limit(int perTenSeconds) {
        requestsPer10s = perTenSeconds;
        return this;
    }

    public synchronized HubSpotSimulator dailyLimit(long limit, long used) {
        dailyLimit = limit;
        dailyUsed = used;
        return this;
    }

    /** Answers without the daily usage headers, as HubSpot does for some token kinds. */
    public synchronized HubSpotSimulator withoutDailyHeaders() {
        dailyHeaders = false;
        return this;
    }

    public synchronized HubSpotSimulator withoutScope(String scope) {
        scopes.remove(scope);
        return this;
    }

    public synchronized HubSpotSimulator owner(String id, String email, String primaryTeam) {
        ObjectNode owner = NODES.objectNode().put("id", id).put("email", email).put("firstName", email.split("@")[0])
                .put("lastName", "Rep").put("userId", Integer.parseInt(id) + 1000).put("archived", false)
                .put("createdAt", "2025-01-01T00:00:00Z").put("updatedAt", "2025-01-01T00:00:00Z");
        if (primaryTeam != null) {
            owner.putArray("teams").addObject().put("id", primaryTeam).put("name", "Team " + primaryTeam).put("primary", true);
        }
        owners.add(owner);
        return this;
    }

    /** A property on an object type, as HubSpot would list it. */
    public synchronized HubSpotSimulator property(String type, String name, String propertyType) {
        properties.get(type).put(name, NODES.objectNode().put("name", name).put("label", name).put("type", propertyType)
                .put("fieldType", "text").put("groupName", type.substring(0, type.length() - 1) + "information"));
        return this;
    }

    /** An open deal created {@code created}; properties as HubSpot stores them. */
    public synchronized Record deal(String id, Instant created, Map<String, String> values) {
        Record deal = new Record(id, created);
        deal.properties.put("hs_object_id", id);
        deal.properties.put("createdate", created.toString());
        deal.properties.put("hs_is_closed", "false");
        deal.properties.put("pipeline", "default");
        deal.properties.putAll(values);
        if (values.containsKey("closedate")) {
            deal.closeDates.add(new String[] {values.get("closedate"), created.toString()});
        }
        deal.properties.putIfAbsent("hs_lastmodifieddate", created.toString());
        deal.updatedAt = Instant.parse(deal.properties.get("hs_lastmodifieddate"));
        objects.get("deals").put(id, deal);
        return deal;
    }

    /** A company with these properties (a customer where {@code lifecyclestage} is {@code customer}). */
    public synchronized Record company(String id, Map<String, String> values) {
        Record company = new Record(id, clock.instant());
        company.properties.put("hs_object_id", id);
        company.properties.putAll(values);
        objects.get("companies").put(id, company);
        return company;
    }

    /** A ticket on a company, created {@code created}, with these properties (priority, category). */
    public synchronized Record ticket(String companyId, Instant created, Map<String, String> values) {
        Record t = new Record(String.valueOf(nextId++), created);
        t.properties.put("createdate", created.toString());
        t.properties.putAll(values);
        objects.get("tickets").put(t.id, t);
        link("companies", companyId, "tickets", t.id);
        return t;
    }

    /** An invoice of a company with these properties (status, due date, balance). */
    public synchronized Record invoice(String companyId, Map<String, String> values) {
        Record i = new Record(String.valueOf(nextId++), clock.instant());
        i.properties.putAll(values);
        objects.get("invoices").put(i.id, i);
        link("companies", companyId, "invoices", i.id);
        return i;
    }

    /** The records of a type associated with a company. */
    public synchronized List<Record> onCompany(String companyId, String type) {
        return links.getOrDefault("companies:" + companyId + ":" + type, Set.of()).stream().map(objects.get(type)::get).toList();
    }

    /** A person's change to a deal, now. */
    public synchronized void edit(String dealId, Map<String, String> values) {
        Record deal = objects.get("deals").get(dealId);
        deal.properties.putAll(values);
        if (values.containsKey("closedate")) {
            deal.closeDates.add(new String[] {values.get("closedate"), clock.instant().toString()});
        }
        touch(deal);
    }

    public synchronized Record contact(String id, String dealId, String buyingRole, boolean optOut) {
        Record contact = new Record(id, clock.instant());
        contact.properties.put("hs_buying_role", buyingRole);
        contact.properties.put("hs_email_optout", String.valueOf(optOut));
        objects.get("contacts").put(id, contact);
        link("deals", dealId, "contacts", id);
        return contact;
    }

    /** A person's engagement on a deal: a meeting, call, email, note or task, at {@code at}, logged at {@code created}. */
    public synchronized Record engagement(String type, String dealId, Instant at, Instant created, Map<String, String> values) {
        Record e = new Record(String.valueOf(nextId++), created);
        e.properties.put("hs_timestamp", at.toString());
        e.properties.put("hs_createdate", created.toString());
        e.properties.putAll(values);
        objects.get(type).put(e.id, e);
        link("deals", dealId, type, e.id);
        rollUp(dealId, false);
        return e;
    }

    // ---- what a test reads back

    public synchronized Record record(String type, String id) {
        return objects.get(type).get(id);
    }

    public synchronized List<Record> linked(String dealId, String type) {
        return links.getOrDefault("deals:" + dealId + ":" + type, Set.of()).stream().map(objects.get(type)::get).toList();
    }

    /** For tests: reads the portal under its lock (records change while a service writes). */
    public synchronized <T> T inspect(java.util.function.Supplier<T> reading) {
        return reading.get();
    }

    /** The ids of every record of a type. */
    public synchronized List<String> ids(String type) {
        return List.copyOf(objects.get(type).keySet());
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public synchronized int rateLimited() {
        return rateLimited;
    }

    public synchronized boolean hasProperty(String type, String name) {
        return properties.get(type).containsKey(name);
    }

    public synchronized boolean hasGroup(String type, String name) {
        return groups.get(type).contains(name);
    }

    public void clearRequests() {
        seen.clear();
    }

    /** The next request whose path matches gets this answer instead (a 5xx, a 429, a timeout...). */
    public synchronized void failNext(Predicate<String> path, int status, String body, Map<String, String> headers) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(status).withBody(body)
                .withHeader("Content-Type", "application/json");
        headers.forEach(b::withHeader);
        faults.add(Map.entry(path, b.build()));
    }

    /** The next {@code times} requests whose path matches break as {@code how}: "5xx", "reset", "timeout", "garbled". */
    public synchronized void breakNext(Predicate<String> path, String how, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(Map.entry(path, broken(how, "{\"status\":\"error\",\"message\":\"Service unavailable\","
                    + "\"category\":\"SERVICE_UNAVAILABLE\"}")));
        }
    }

    /** Drops every fault not yet served. */
    public synchronized void heal() {
        faults.clear();
    }

    // ---- answering

    private ResponseDefinition answer(String method, String path, String url, JsonNode body, String authorization) {
        if (!("Bearer " + TOKEN).equals(authorization)) {
            return error(401, "INVALID_AUTHENTICATION", "Authentication credentials not found. This API supports OAuth 2.0 "
                    + "authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview", null);
        }
        ResponseDefinition fault = fault(path);
        if (fault != null) {
            return fault;
        }
        ResponseDefinition limited = rateLimit(path);
        if (limited != null) {
            return limited;
        }
        dailyUsed++;
        if (body != null && SpecCheck.knows(method, path)) {
            SpecCheck.violations(method, path, body).forEach(v -> violations.add(method + " " + path + ": " + v));
        }
        String scope = scopeFor(method, path);
        if (scope != null && !scopes.contains(scope)) {
            return missingScope(scope);
        }
        Matcher m;
        if ((m = OBJECTS.matcher(path)).matches()) {
            return switch (m.group(2)) {
                case "search" -> search(m.group(1), body);
                case "batch/read" -> batchRead(m.group(1), body);
                case "batch/update" -> batchUpdate(m.group(1), body);
                default -> batchCreate(m.group(1), body);
            };
        }
        if (method.equals("GET") && (m = LIST.matcher(path)).matches()) {
            return list(m.group(1), url);
        }
        if ((m = ASSOCIATIONS.matcher(path)).matches()) {
            return associations(m.group(1), m.group(2), body);
        }
        if ((m = PROPERTIES.matcher(path)).matches()) {
            return m.group(2) == null ? (method.equals("GET") ? listProperties(m.group(1)) : createProperty(m.group(1), body))
                    : (method.equals("GET") ? listGroups(m.group(1)) : createGroup(m.group(1), body));
        }
        if (path.matches("/crm/owners/[0-9-]+/?")) {
            ObjectNode page = NODES.objectNode();
            owners.forEach(page.putArray("results")::add);
            return json(200, page);
        }
        if (path.matches("/account-info/[0-9-]+/api-usage/daily/private-apps")) {
            ObjectNode answer = NODES.objectNode();
            answer.putArray("results").addObject().put("name", "private-apps-api-calls-daily").put("usageLimit", dailyLimit)
                    .put("currentUsage", dailyUsed).put("collectedAt", clock.instant().toString()).put("fetchStatus", "SUCCESS")
                    .put("resetsAt", clock.instant().plus(Duration.ofHours(12)).toString());
            return json(200, answer);
        }
        if (path.matches("/account-info/[0-9-]+/details")) {
            return json(200, NODES.objectNode().put("portalId", 24680135).put("accountType", "STANDARD")
                    .put("timeZone", "Europe/Berlin").put("companyCurrency", "EUR").put("utcOffset", "+01:00")
                    .put("utcOffsetMilliseconds", 3_600_000).put("uiDomain", "app-eu1.hubspot.com")
                    .put("dataHostingLocation", "eu1").set("additionalCurrencies", NODES.arrayNode()));
        }
        return error(404, "OBJECT_NOT_FOUND", "No route for " + method + " " + path, null);
    }

    private ResponseDefinition search(String type, JsonNode body) {
        int limit = body.path("limit").asInt(10);
        int after = Integer.parseInt(body.path("after").asText("0").isEmpty() ? "0" : body.path("after").asText("0"));
        if (limit > 200) {
            return error(400, "VALIDATION_ERROR", "limit must be 200 or less", null);
        }
        if (after + limit > SEARCH_CAP) {
            return error(400, "VALIDATION_ERROR", "The search API cannot page past 10,000 results.", null);
        }
        List<Record> matching = new ArrayList<>();
        for (Record r : candidates(type, body.path("filterGroups"))) {
            if (matchesAnyGroup(r, body.path("filterGroups"))) {
                matching.add(r);
            }
        }
        JsonNode sort = body.path("sorts").path(0);
        String by = sort.isTextual() ? sort.asText() : sort.path("propertyName").asText();
        // records are kept in id order already: a sort by id is the order they come in
        if (!sort.isMissingNode() && !by.equals("hs_object_id")) {
            Comparator<Record> order = Comparator.comparing(r -> number(r.properties.get(by)));
            matching.sort(order.thenComparing(r -> Long.parseLong(r.id)));
        }
        ObjectNode answer = NODES.objectNode().put("total", matching.size());
        ArrayNode results = answer.putArray("results");
        List<String> wanted = strings(body.path("properties"));
        matching.stream().skip(after).limit(limit).forEach(r -> results.add(result(type, r, wanted, List.of())));
        lastSearchResults = results.size();
        if (after + limit < matching.size()) {
            answer.putObject("paging").putObject("next").put("after", String.valueOf(after + limit));
        }
        return json(200, answer);
    }

    /** The list endpoint: every record, open or closed, 100 a page at most, by id (spec {@code GET /crm/objects/{v}/{type}}). */
    private ResponseDefinition list(String type, String url) {
        Map<String, String> query = new LinkedHashMap<>();
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        int limit = Math.min(100, Integer.parseInt(query.getOrDefault("limit", "10")));
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        List<String> wanted = query.containsKey("properties") ? List.of(query.get("properties").split(",")) : List.of();
        ObjectNode answer = NODES.objectNode();
        ArrayNode results = answer.putArray("results");
        List<Record> page = objects.get(type).values().stream().filter(r -> Long.parseLong(r.id) > after).limit(limit + 1L).toList();
        page.stream().limit(limit).forEach(r -> results.add(result(type, r, wanted, List.of())));
        if (page.size() > limit) {
            answer.putObject("paging").putObject("next").put("after", page.get(limit - 1).id);
        }
        return json(200, answer);
    }

    private ResponseDefinition batchRead(String type, JsonNode body) {
        List<String> wanted = strings(body.path("properties"));
        List<String> history = strings(body.path("propertiesWithHistory"));
        ObjectNode answer = batchAnswer();
        List<String> missing = new ArrayList<>();
        for (JsonNode input : body.path("inputs")) {
            Record r = find(type, input.path("id").asText());
            if (r == null) {
                missing.add(input.path("id").asText());
            } else {
                answer.withArray("results").add(result(type, r, wanted, history));
            }
        }
        if (!missing.isEmpty()) {
            ObjectNode error = itemError(answer, "OBJECT_NOT_FOUND", "Could not get some " + type.toUpperCase()
                    + " objects, they may be deleted or not exist. Check that ids are valid.");
            missing.forEach(error.putObject("context").putArray("ids")::add);
        }
        return json(missing.isEmpty() ? 200 : 207, answer);
    }

    private ResponseDefinition batchUpdate(String type, JsonNode body) {
        ResponseDefinition invalid = invalidValues(type, body);
        if (invalid != null) {
            return invalid;
        }
        ObjectNode answer = batchAnswer();
        for (JsonNode input : body.path("inputs")) {
            Record r = find(type, input.path("id").asText());
            String trace = input.path("objectWriteTraceId").asText(null);
            if (r == null) {
                ObjectNode error = itemError(answer, "OBJECT_NOT_FOUND", "Object " + input.path("id").asText() + " not found");
                error.putObject("context").putArray("ids").add(input.path("id").asText());
                if (trace != null) {
                    error.with("context").putArray("objectWriteTraceId").add(trace);
                }
                continue;
            }
            input.path("properties").fields().forEachRemaining(f -> r.properties.put(f.getKey(), f.getValue().asText()));
            touch(r);
            if (type.equals("deals")) {
                written.put(r.id, clock.instant());
            }
            if (!type.equals("deals")) {
                linkedDeals(type, r.id).forEach(d -> rollUp(d, true));
            }
            ObjectNode result = result(type, r, List.copyOf(r.properties.keySet()), List.of());
            if (trace != null) {
                result.put("objectWriteTraceId", trace);
            }
            answer.withArray("results").add(result);
        }
        return json(answer.has("errors") ? 207 : 200, answer);
    }

    private ResponseDefinition batchCreate(String type, JsonNode body) {
        ResponseDefinition invalid = invalidValues(type, body);
        if (invalid != null) {
            return invalid;
        }
        ObjectNode answer = batchAnswer();
        for (JsonNode input : body.path("inputs")) {
            Record r = new Record(String.valueOf(nextId++), clock.instant());
            input.path("properties").fields().forEachRemaining(f -> r.properties.put(f.getKey(), f.getValue().asText()));
            r.properties.put("hs_createdate", r.createdAt.toString());
            objects.get(type).put(r.id, r);
            for (JsonNode association : input.path("associations")) {
                String to = association.path("to").path("id").asText();
                // note/task to company (190, 192) hang on a company; every other type DealFocus sends on a deal (214, 216)
                int typeId = association.path("types").path(0).path("associationTypeId").asInt();
                if (typeId == 190 || typeId == 192) {
                    link("companies", to, type, r.id);
                    continue;
                }
                link("deals", to, type, r.id);
                rollUp(to, true);
            }
            ObjectNode result = result(type, r, List.copyOf(r.properties.keySet()), List.of());
            if (input.hasNonNull("objectWriteTraceId")) {
                result.put("objectWriteTraceId", input.path("objectWriteTraceId").asText());
            }
            answer.withArray("results").add(result);
        }
        return json(201, answer);
    }

    /**
     * A whole batch refused for one bad value, the way HubSpot refuses it (400 VALIDATION_ERROR): a
     * property that does not exist, an option a dropdown lacks, an owner who is not one. The item is
     * named by its trace id in the error's context.
     */
    private ResponseDefinition invalidValues(String type, JsonNode body) {
        Set<String> ownerIds = new HashSet<>();
        owners.forEach(o -> ownerIds.add(o.path("id").asText()));
        for (JsonNode input : body.path("inputs")) {
            var fields = input.path("properties").fields();
            while (fields.hasNext()) {
                var f = fields.next();
                String name = f.getKey();
                ObjectNode definition = properties.get(type).get(name);
                String trace = input.path("objectWriteTraceId").asText(input.path("id").asText());
                if (definition == null && isCustom(type, name)) {
                    return error(400, "VALIDATION_ERROR", "Property values were not valid: [{\"isValid\":false,\"message\":"
                            + "\"Property \\\"" + name + "\\\" does not exist\",\"error\":\"PROPERTY_DOESNT_EXIST\",\"name\":\"" + name + "\"}]", null);
                }
                if (name.equals("hubspot_owner_id") && !ownerIds.contains(f.getValue().asText())) {
                    return error(400, "VALIDATION_ERROR", "Property values were not valid: [{\"isValid\":false,\"message\":\""
                            + f.getValue().asText() + " is not a valid owner id\",\"error\":\"INVALID_OWNER_ID\",\"name\":\"hubspot_owner_id\"}]", trace);
                }
                if (definition != null && definition.path("options").size() > 0 && !f.getValue().asText().isEmpty()) {
                    boolean listed = false;
                    for (JsonNode o : definition.path("options")) {
                        listed |= o.path("value").asText().equals(f.getValue().asText());
                    }
                    if (!listed) {
                        return error(400, "VALIDATION_ERROR", "Property values were not valid: [{\"isValid\":false,\"message\":\""
                                + f.getValue().asText() + " was not one of the allowed options\",\"error\":\"INVALID_OPTION\",\"name\":\""
                                + name + "\"}]", trace);
                    }
                }
            }
        }
        return null;
    }

    /** Custom properties must exist; HubSpot's own (hs_*, standard ones) are taken as they come. */
    private boolean isCustom(String type, String name) {
        return name.startsWith("dealfocus_");
    }

    private ResponseDefinition associations(String from, String to, JsonNode body) {
        ObjectNode answer = batchAnswer();
        for (JsonNode input : body.path("inputs")) {
            String id = input.path("id").asText();
            // links are kept from deals; the other direction (a meeting's deals) is read backwards
            List<String> targets = from.equals("deals") || from.equals("companies")
                    ? new ArrayList<>(links.getOrDefault(from + ":" + id + ":" + to, Set.of()))
                    : to.equals("deals") ? linkedDeals(from, id) : new ArrayList<>(back.getOrDefault(from + ":" + id + ":" + to, Set.of()));
            if (targets.isEmpty()) {
                continue; // HubSpot leaves records without associations out of the results
            }
            int start = input.hasNonNull("after") ? Integer.parseInt(input.path("after").asText()) : 0;
            int page = 500;
            ObjectNode result = answer.withArray("results").addObject();
            result.putObject("from").put("id", id);
            ArrayNode list = result.putArray("to");
            targets.stream().skip(start).limit(page).forEach(t -> list.addObject().put("toObjectId", Long.parseLong(t))
                    .putArray("associationTypes").addObject().put("category", "HUBSPOT_DEFINED").put("typeId", 1).putNull("label"));
            if (start + page < targets.size()) {
                result.putObject("paging").putObject("next").put("after", String.valueOf(start + page));
            }
        }
        return json(200, answer);
    }

    private ResponseDefinition listProperties(String type) {
        ObjectNode answer = NODES.objectNode();
        ArrayNode results = answer.putArray("results");
        properties.get(type).values().forEach(results::add);
        return json(200, answer);
    }

    private ResponseDefinition createProperty(String type, JsonNode body) {
        String name = body.path("name").asText();
        if (type.equals("notes") || type.equals("tasks")) {
            // the spec names no schema scope for notes or tasks: custom properties cannot be created there
            return error(400, "VALIDATION_ERROR", "Custom properties are not supported for object type " + type, null);
        }
        if (properties.get(type).containsKey(name)) {
            return error(409, "OBJECT_ALREADY_EXISTS", "Property named '" + name + "' already exists.", null);
        }
        if (!groups.get(type).contains(body.path("groupName").asText())) {
            return error(400, "VALIDATION_ERROR", "Property group " + body.path("groupName").asText() + " does not exist", null);
        }
        properties.get(type).put(name, (ObjectNode) body.deepCopy());
        return json(201, body.deepCopy());
    }

    private ResponseDefinition listGroups(String type) {
        ObjectNode answer = NODES.objectNode();
        groups.get(type).stream().sorted().forEach(g -> answer.withArray("results").addObject().put("name", g).put("label", g)
                .put("displayOrder", 0).put("archived", false));
        return json(200, answer);
    }

    private ResponseDefinition createGroup(String type, JsonNode body) {
        if (!groups.get(type).add(body.path("name").asText())) {
            return error(409, "OBJECT_ALREADY_EXISTS", "A property group named '" + body.path("name").asText() + "' already exists.", null);
        }
        return json(201, body.deepCopy());
    }

    // ---- HubSpot's bookkeeping

    /** The roll-ups HubSpot keeps on a deal from its engagements (facts D): last logged, next upcoming. */
    private void rollUp(String dealId, boolean touch) {
        Record deal = objects.get("deals").get(dealId);
        if (deal == null) {
            return;
        }
        Instant now = clock.instant();
        Instant last = null;
        Instant next = null;
        for (String type : List.of("notes", "tasks", "meetings", "calls", "emails")) {
            for (Record e : linked(dealId, type)) {
                Instant created = Instant.parse(e.properties.get("hs_createdate"));
                last = last == null || created.isAfter(last) ? created : last;
                Instant at = Instant.parse(e.properties.get("hs_timestamp"));
                boolean open = type.equals("tasks") ? !"COMPLETED".equals(e.properties.get("hs_task_status"))
                        : type.equals("meetings") && !"CANCELED".equals(e.properties.get("hs_meeting_outcome"));
                if (open && at.isAfter(now) && (next == null || at.isBefore(next))) {
                    next = at;
                }
            }
        }
        put(deal, "notes_last_updated", last);
        put(deal, "notes_next_activity_date", next);
        if (touch) {
            touch(deal);
        }
    }

    /** A record by id; HubSpot's ids are numbers, so any other id finds nothing. */
    private Record find(String type, String id) {
        return id.matches("[0-9]+") ? objects.get(type).get(id) : null;
    }

    private static void put(Record r, String name, Instant value) {
        if (value == null) {
            r.properties.remove(name);
        } else {
            r.properties.put(name, value.toString());
        }
    }

    private void touch(Record r) {
        r.updatedAt = clock.instant();
        if (objects.get("deals").get(r.id) == r) {
            r.properties.put("hs_lastmodifieddate", r.updatedAt.toString());
        }
    }

    private void link(String from, String fromId, String to, String toId) {
        links.computeIfAbsent(from + ":" + fromId + ":" + to, k -> new java.util.LinkedHashSet<>()).add(toId);
        back.computeIfAbsent(to + ":" + toId + ":" + from, k -> new java.util.LinkedHashSet<>()).add(fromId);
        if (from.equals("deals")) {
            dealsOf.computeIfAbsent(to + ":" + toId, k -> new java.util.LinkedHashSet<>()).add(fromId);
        }
    }

    private List<String> linkedDeals(String type, String id) {
        return new ArrayList<>(dealsOf.getOrDefault(type + ":" + id, Set.of()));
    }

    private ObjectNode result(String type, Record r, List<String> wanted, List<String> history) {
        ObjectNode result = NODES.objectNode().put("id", r.id);
        ObjectNode props = result.putObject("properties");
        // HubSpot always sends these three, and every requested property it knows (null when empty)
        props.put("hs_object_id", r.id);
        props.put("createdate", r.createdAt.toString());
        props.put("hs_lastmodifieddate", r.updatedAt.toString());
        for (String name : wanted) {
            if (r.properties.containsKey(name)) {
                props.put(name, r.properties.get(name));
            } else if (properties.get(type).containsKey(name) || name.startsWith("hs_") || name.startsWith("notes_")) {
                props.putNull(name);
            }
        }
        if (history.contains("closedate")) {
            ArrayNode versions = result.putObject("propertiesWithHistory").putArray("closedate");
            List<String[]> newestFirst = new ArrayList<>(r.closeDates);
            Collections.reverse(newestFirst);
            newestFirst.forEach(v -> versions.addObject().put("value", v[0]).put("timestamp", v[1]).put("sourceType", "CRM_UI"));
        }
        result.put("createdAt", r.createdAt.toString()).put("updatedAt", r.updatedAt.toString()).put("archived", false);
        return result;
    }

    /**
     * The records a search has to look at: those after the lowest id bound every filter group sets
     * ({@code hs_object_id GT/GTE}), else all. Only spares the simulator's time; the filters still decide.
     */
    private java.util.Collection<Record> candidates(String type, JsonNode groups) {
        java.util.NavigableMap<String, Record> all = (java.util.NavigableMap<String, Record>) objects.get(type);
        long lowest = Long.MAX_VALUE;
        for (JsonNode group : groups) {
            long bound = Long.MIN_VALUE;
            for (JsonNode f : group.path("filters")) {
                String op = f.path("operator").asText();
                if (f.path("propertyName").asText().equals("hs_object_id") && (op.equals("GT") || op.equals("GTE"))
                        && f.path("value").asText().matches("[0-9]{1,18}")) {
                    bound = Math.max(bound, Long.parseLong(f.path("value").asText()));
                }
            }
            lowest = Math.min(lowest, bound);
        }
        return groups.isEmpty() || lowest == Long.MIN_VALUE ? all.values() : all.tailMap(String.valueOf(lowest), true).values();
    }

    private boolean matchesAnyGroup(Record r, JsonNode groups) {
        if (groups.isEmpty()) {
            return true;
        }
        for (JsonNode group : groups) {
            boolean all = true;
            for (JsonNode f : group.path("filters")) {
                all &= matches(r, f);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Record r, JsonNode filter) {
        String name = filter.path("propertyName").asText();
        String actual = name.equals("hs_object_id") ? r.id : r.properties.get(name);
        String value = filter.path("value").asText();
        String operator = filter.path("operator").asText();
        if (operator.equals("EQ") && actual != null && actual.equals(value)) {
            return true;
        }
        if (operator.equals("NEQ")) {
            return actual == null || !actual.equals(value);
        }
        if (operator.equals("IN")) {
            for (JsonNode v : filter.path("values")) {
                if (v.asText().equals(actual)) {
                    return true;
                }
            }
            return false;
        }
        if (actual == null || !isNumeric(actual, value)) {
            return false; // text compares by equality only, as above
        }
        int cmp = Long.compare(number(actual), number(value));
        return switch (operator) {
            case "EQ" -> cmp == 0;
            case "GT" -> cmp > 0;
            case "GTE" -> cmp >= 0;
            case "LT" -> cmp < 0;
            case "LTE" -> cmp <= 0;
            default -> false;
        };
    }

    private static boolean isNumeric(String a, String b) {
        return number(a) != Long.MIN_VALUE && number(b) != Long.MIN_VALUE;
    }

    /** Numbers as numbers and datetimes as epoch milliseconds, as HubSpot's search compares them. */
    private static long number(String value) {
        if (value == null || value.isEmpty()) {
            return Long.MIN_VALUE;
        }
        char first = value.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-') {
            return Long.MIN_VALUE; // text such as "false": no exception thrown for every record of a search
        }
        if (value.length() < 20 && value.indexOf('T') < 0) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (RuntimeException notADate) {
            return Long.MIN_VALUE;
        }
    }

    private ResponseDefinition rateLimit(String path) {
        Instant now = clock.instant();
        // a little under 10 s, so a request's time on the wire never reads as an overrun of DealFocus's own window
        Duration window = Duration.ofMillis(9_800);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
            recent.pollFirst();
        }
        while (!recentSearches.isEmpty() && !recentSearches.peekFirst().isAfter(now.minus(Duration.ofMillis(900)))) {
            recentSearches.pollFirst();
        }
        boolean search = path.endsWith("/search");
        if (recent.size() >= requestsPer10s || search && recentSearches.size() >= 5) {
            rateLimited++;
            String policy = search ? "SECONDLY" : "TEN_SECONDLY_ROLLING";
            return new ResponseDefinitionBuilder().withStatus(429).withHeader("Content-Type", "application/json")
                    .withBody("{\"status\":\"error\",\"message\":\"You have reached your " + (search ? "secondly" : "ten_secondly_rolling")
                            + " limit.\",\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c0ffee00-0000-4000-8000-000000000429\","
                            + "\"policyName\":\"" + policy + "\"}").build();
        }
        recent.addLast(now);
        if (search) {
            recentSearches.addLast(now);
        }
        return null;
    }

    private ResponseDefinition fault(String path) {
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).getKey().test(path)) {
                return faults.remove(i).getValue();
            }
        }
        return null;
    }

    private static String scopeFor(String method, String path) {
        Matcher m = OBJECTS.matcher(path);
        if (m.matches()) {
            boolean write = m.group(2).equals("batch/update") || m.group(2).equals("batch/create");
            if (m.group(1).equals("tickets")) {
                return "tickets"; // spec: one scope reads and writes tickets
            }
            if (m.group(1).equals("invoices")) {
                return "crm.objects.invoices." + (write ? "write" : "read");
            }
            String object = switch (m.group(1)) {
                case "deals" -> "deals";
                case "companies" -> "companies";
                default -> "contacts"; // contacts and every engagement (spec: notes, tasks use the contacts scopes)
            };
            return "crm.objects." + object + (write ? ".write" : ".read");
        }
        if (path.startsWith("/crm/associations/")) {
            return "crm.objects.deals.read";
        }
        if (path.startsWith("/crm/owners/")) {
            return "crm.objects.owners.read";
        }
        if (path.startsWith("/crm/properties/")) {
            return method.equals("GET") ? null : path.contains("/companies") ? "crm.schemas.companies.write" : "crm.schemas.deals.write";
        }
        return path.startsWith("/account-info/") ? "oauth" : null;
    }

    private ResponseDefinition missingScope(String scope) {
        ObjectNode body = NODES.objectNode().put("status", "error").put("message", "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.")
                .put("correlationId", "c0ffee00-0000-4000-8000-000000000403").put("category", "MISSING_SCOPES");
        ObjectNode error = body.putArray("errors").addObject().put("message", "One or more of the following scopes are required.");
        error.putObject("context").putArray("requiredGranularScopes").add(scope);
        body.putObject("links").put("scopes", "https://developers.hubspot.com/scopes");
        return json(403, body);
    }

    private ObjectNode batchAnswer() {
        ObjectNode answer = NODES.objectNode().put("status", "COMPLETE");
        answer.putArray("results");
        answer.put("startedAt", clock.instant().toString()).put("completedAt", clock.instant().toString());
        return answer;
    }

    private static ObjectNode itemError(ObjectNode answer, String category, String message) {
        answer.put("numErrors", answer.path("numErrors").asInt(0) + 1);
        return answer.withArray("errors").addObject().put("status", "error").put("category", category).put("message", message);
    }

    private ResponseDefinition error(int status, String category, String message, String trace) {
        ObjectNode body = NODES.objectNode().put("status", "error").put("message", message)
                .put("correlationId", "c0ffee00-0000-4000-8000-00000000" + status).put("category", category);
        if (trace != null) {
            body.putObject("context").putArray("objectWriteTraceId").add(trace);
        }
        return json(status, body);
    }

    private ResponseDefinition json(int status, JsonNode body) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(body.toString());
        if (dailyHeaders) {
            b.withHeader("X-HubSpot-RateLimit-Daily", String.valueOf(dailyLimit))
                    .withHeader("X-HubSpot-RateLimit-Daily-Remaining", String.valueOf(Math.max(0, dailyLimit - dailyUsed)));
        }
        return b.build();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return NODES.textNode(body);
        }
    }
}
