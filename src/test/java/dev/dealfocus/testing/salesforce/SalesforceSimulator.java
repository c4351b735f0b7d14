package dev.dealfocus.testing.salesforce;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Salesforce org in memory, served over HTTP by WireMock, with the shapes of Salesforce's REST API
 * (docs/BEHAVIOR-salesforce.md cites each): the OAuth token endpoint (client credentials and JWT bearer,
 * its error answers), sessions that expire ({@code INVALID_SESSION_ID}), {@code /query} with a SOQL
 * interpreter ({@link Soql}) and batches of up to 2,000 records counting subquery rows, followed by
 * {@code nextRecordsUrl}; describe; sObject Collections update and upsert on an External ID field with
 * per-record SaveResults in request order; validation rules, inactive owners, field-level security
 * (hidden fields are absent from describe and unknown to SOQL); {@code Sforce-Limit-Info} on every answer
 * and {@code REQUEST_LIMIT_EXCEEDED} when the day is used; and the roll-up of a closed Task's or an
 * Event's date into {@code Opportunity.LastActivityDate} (facts part D).
 */
public final class SalesforceSimulator extends dev.dealfocus.testing.SimulatedCrm {
    public static final String CLIENT_ID = "3MVG9SIMULATED.ConsumerKey.For.DealFocus";
    public static final String CLIENT_SECRET = "SIMULATED0CONSUMER0SECRET";
    public static final String ORG_ID = "00D5Y000001MPM7UAO";
    public static final String INTEGRATION_USER = "0055Y00000DFINTAAA";
    public static final String USERNAME = "dealfocus@acme.example";
    /** The rep whose hands make the simulator's "person" changes. */
    public static final String PERSON = "0055Y00000PERSNAAA";
    public static final String VERSION = "v67.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);
    private static final Pattern DATA = Pattern.compile("/services/data/(v\\d+\\.\\d+)(/.*)?");
    private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("Opportunity", "006"), Map.entry("Task", "00T"),
            Map.entry("Event", "00U"), Map.entry("Contact", "003"), Map.entry("User", "005"), Map.entry("OpportunityContactRole", "00K"),
            Map.entry("OpportunityHistory", "008"), Map.entry("Organization", "00D"), Map.entry("RecordType", "012"),
            Map.entry("OpportunityFieldHistory", "017"), Map.entry("Account", "001"), Map.entry("Case", "500"));
    /** Parent, relationship name: child object and its lookup field. */
    private static final Map<String, String[]> CHILDREN = Map.of("Opportunity.OpportunityContactRoles",
            new String[] {"OpportunityContactRole", "OpportunityId"}, "Opportunity.Tasks", new String[] {"Task", "WhatId"},
            "Opportunity.Events", new String[] {"Event", "WhatId"});
    /** Relationship name to lookup field. */
    private static final Map<String, String> LOOKUPS = Map.of("Contact", "ContactId", "RecordType", "RecordTypeId", "What", "WhatId",
            "Owner", "OwnerId", "Opportunity", "OpportunityId");

    /** A field as describe shows it. */
    public record Field(String name, String type, boolean updateable, boolean externalId) {
    }

    /** A request as the org saw it. */
    public record Seen(String method, String path, String soql, JsonNode body, int status) {
        public boolean writes() {
            return method.equals("PATCH") || method.equals("POST") && !path.endsWith("/token");
        }
    }

    private final Clock clock;
    private final KeyPair jwtKeys;
    private final Map<String, Map<String, Field>> schema = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> objects = new LinkedHashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private final Set<Object> unshared = new HashSet<>();
    private final Set<String> tokens = new HashSet<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final Set<String> inactiveUsers = new HashSet<>();
    private final Map<String, Result> locators = new HashMap<>();
    private final Map<String, Map<String, List<Map<String, Object>>>> childIndex = new HashMap<>();
    private final Map<String, Long> recordsReturned = new TreeMap<>();
    /** Records by External ID value ("Task.DealFocus_Key__c=NOTE:k"), as Salesforce's unique index finds them. */
    private final Map<String, Map<String, Object>> byExternalId = new HashMap<>();
    private final List<Map.Entry<Predicate<Map<String, Object>>, String>> validationRules = new ArrayList<>();
    private final List<Map.Entry<Predicate<String>, ResponseDefinition>> faults = new ArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<String> logins = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private boolean sandbox;
    private boolean keepBodies = true;
    private final Map<String, Long> requestsByKind = new TreeMap<>();
    private final Map<String, Long> writeRecords = new TreeMap<>();
    private boolean multiCurrency;
    private int batchSize = 2_000;
    private long dailyLimit = 100_000;
    private long dailyUsed;
    private long nextId = 1;

    public SalesforceSimulator(Clock clock) {
        this.clock = clock;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.jwtKeys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        define("Opportunity", "Id:id", "Name:string", "StageName:picklist", "OwnerId:reference", "CreatedDate:datetime:ro",
                "Amount:currency", "Probability:percent", "CloseDate:date", "IsClosed:boolean:ro", "IsWon:boolean:ro",
                "SystemModstamp:datetime:ro", "LastModifiedDate:datetime:ro", "LastModifiedById:reference:ro", "LastActivityDate:date:ro",
                "NextStep:string", "Hours_Spent__c:double",
                "RecordTypeId:reference", "DealFocus_Problem__c:double", "DealFocus_Decision_Maker__c:double",
                "DealFocus_Timeline__c:double", "DealFocus_Budget__c:double", "DealFocus_Fit__c:double", "DealFocus_Margin__c:double",
                "DealFocus_Hours_Remaining__c:double", "DealFocus_Exclude__c:boolean", "DealFocus_Score__c:double",
                "DealFocus_Status__c:picklist", "DealFocus_Reasons__c:string", "DealFocus_Value_Per_Hour__c:currency",
                "DealFocus_Expires_On__c:date", "DealFocus_Decided_At__c:datetime", "DealFocus_Recommended_Status__c:picklist");
        define("Task", "Id:id", "WhatId:reference", "WhoId:reference", "OwnerId:reference", "Subject:string", "Description:textarea",
                "ActivityDate:date", "Status:picklist", "Priority:picklist", "IsClosed:boolean:ro", "CreatedDate:datetime:ro",
                "LastModifiedDate:datetime:ro", "SystemModstamp:datetime:ro", "LastModifiedById:reference:ro", "TaskSubtype:picklist",
                "Type:picklist", "CallDurationInSeconds:int", "DealFocus_Key__c:string:ext");
        define("Event", "Id:id", "WhatId:reference", "OwnerId:reference", "Subject:string", "StartDateTime:datetime",
                "EndDateTime:datetime", "ActivityDate:date", "DurationInMinutes:int", "IsChild:boolean:ro",
                "CreatedDate:datetime:ro", "LastModifiedDate:datetime:ro", "LastModifiedById:reference:ro");
        define("Contact", "Id:id", "Name:string", "HasOptedOutOfEmail:boolean");
        define("OpportunityContactRole", "Id:id", "OpportunityId:reference", "ContactId:reference", "Role:picklist",
                "IsPrimary:boolean");
        define("OpportunityHistory", "Id:id", "OpportunityId:reference", "CloseDate:date", "StageName:picklist",
                "CreatedDate:datetime:ro");
        // field history of tracked fields: OldValue and NewValue are anyType, selected but never filtered on
        define("OpportunityFieldHistory", "Id:id", "OpportunityId:reference", "Field:picklist", "OldValue:anyType",
                "NewValue:anyType", "CreatedDate:datetime:ro");
        define("User", "Id:id", "Name:string", "IsActive:boolean", "Department:string");
        // existing customers (issue 14): an org's own sign fields, as an admin would add them
        define("Account", "Id:id", "Name:string", "OwnerId:reference", "Type:picklist", "Last_Login__c:date",
                "Oldest_Unpaid_Due__c:date", "Escalations_30d__c:double", "DealFocus_Health__c:picklist",
                "DealFocus_Health_Reasons__c:textarea", "DealFocus_Remediation_Until__c:date", "DealFocus_Remediation_Goals__c:textarea");
        define("Case", "Id:id", "AccountId:reference", "Subject:string", "Priority:picklist", "Type:picklist", "IsEscalated:boolean",
                "CreatedDate:datetime:ro");
        define("Organization", "Id:id", "Name:string", "DefaultCurrencyIsoCode:picklist");
        define("RecordType", "Id:id", "DeveloperName:string");
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("Id", ORG_ID);
        org.put("Name", "Acme");
        org.put("DefaultCurrencyIsoCode", "EUR");
        objects.get("Organization").put(ORG_ID, org);
        user(INTEGRATION_USER, "DealFocus Integration", null);
        user(PERSON, "A Rep", null);
    }

    private void define(String type, String... fields) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (String f : fields) {
            String[] p = f.split(":");
            map.put(p[0].toLowerCase(Locale.ROOT), new Field(p[0], p[1], p.length < 3 || !p[2].equals("ro") && !p[1].equals("id"),
                    p.length > 2 && p[2].equals("ext")));
        }
        schema.put(type, map);
        objects.put(type, new TreeMap<>());
    }

    // ---- running

    @Override
    public String getName() {
        return "salesforce-simulator";
    }

    @Override
    protected boolean journal() {
        return keepBodies;
    }

    /** Keeps no request bodies (a benchmark's hundreds of thousands of records), counting them instead. */
    public synchronized SalesforceSimulator forBenchmark() {
        keepBodies = false;
        return this;
    }

    @Override
    protected synchronized ResponseDefinition answer(ServeEvent event) {
        Request request = event.getRequest();
        String url = request.getUrl();
        String path = url.split("\\?")[0];
        String method = request.getMethod().getName();
        String body = request.getBodyAsString();
        if (path.startsWith("/__bench/")) {
            return control(path, url);
        }
        if (path.equals("/services/oauth2/token")) {
            ResponseDefinition answer = token(form(body));
            logins.add(answer.getStatus() + " " + form(body).getOrDefault("grant_type", ""));
            return answer;
        }
        JsonNode json = parse(body);
        ResponseDefinition answer = data(method, path, url, json, request.getHeader("Authorization"));
        seen.add(new Seen(method, path, query(url).get("q"), keepBodies ? json : null, answer.getStatus()));
        if (answer.getStatus() < 300) {
            count(method, path, json);
        }
        return answer;
    }

    // ---- the org, as a test sets it up

    /** The private key DealFocus signs its JWTs with, PKCS#8 PEM, matching the certificate "uploaded" to the app. */
    public String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(jwtKeys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    /** The same key as {@link #privateKeyPem()}, ready to sign. */
    public java.security.PrivateKey privateKey() {
        return jwtKeys.getPrivate();
    }

    public synchronized SalesforceSimulator sandbox() {
        sandbox = true;
        return this;
    }

    /** A multi-currency org: Opportunity has CurrencyIsoCode. */
    public synchronized SalesforceSimulator multiCurrency() {
        multiCurrency = true;
        schema.get("Opportunity").put("currencyisocode", new Field("CurrencyIsoCode", "picklist", true, false));
        return this;
    }

    public synchronized SalesforceSimulator batchSize(int records) {
        batchSize = records;
        return this;
    }

    public synchronized SalesforceSimulator dailyLimit(long limit, long used) {
        dailyLimit = limit;
        dailyUsed = used;
        return this;
    }

    /** The run-as user's field-level security hides this field: absent from describe, unknown to SOQL. */
    public synchronized SalesforceSimulator hide(String type, String field) {
        hidden.add(type + "." + field.toLowerCase(Locale.ROOT));
        return this;
    }

    /** An Opportunity record type (its sales process limits the stages); answers its id. */
    public synchronized String recordType(String developerName) {
        String id = newId("RecordType");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("Id", id);
        r.put("DeveloperName", developerName);
        objects.get("RecordType").put(id, r);
        return id;
    }

    /** Sharing hides this record from the run-as user: queries never return it; the org's record count has it. */
    public synchronized SalesforceSimulator unshare(String id) {
        unshared.add(id);
        return this;
    }

    /** Removes a field, as in an org where it was never created. */
    public synchronized SalesforceSimulator drop(String type, String field) {
        schema.get(type).remove(field.toLowerCase(Locale.ROOT));
        return this;
    }

    /** A validation rule on Opportunity: an update whose result matches is refused with the rule's message. */
    public synchronized SalesforceSimulator validationRule(Predicate<Map<String, Object>> refuses, String message) {
        validationRules.add(Map.entry(refuses, message));
        return this;
    }

    /** Every session ends now, as after the org's session timeout. */
    public synchronized void expireSessions() {
        tokens.clear();
    }

    public synchronized String user(String id, String name, String department) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("Id", id);
        u.put("Name", name);
        u.put("IsActive", true);
        u.put("Department", department);
        objects.get("User").put(id, u);
        return id;
    }

    public synchronized void deactivate(String userId) {
        inactiveUsers.add(userId);
        objects.get("User").get(userId).put("IsActive", false);
    }

    /** An open Opportunity created {@code created}; fields as Salesforce types them (numbers, dates as text ok). */
    public synchronized String opportunity(Instant created, Map<String, Object> values) {
        Map<String, Object> o = new LinkedHashMap<>();
        String id = newId("Opportunity");
        o.put("Id", id);
        o.put("CreatedDate", created);
        o.put("SystemModstamp", created);
        o.put("LastModifiedDate", created);
        o.put("LastModifiedById", PERSON);
        o.put("IsClosed", false);
        o.put("IsWon", false);
        values.forEach((k, v) -> o.put(field("Opportunity", k).name(), typed("Opportunity", k, v)));
        objects.get("Opportunity").put(id, o);
        if (o.get("CloseDate") != null) {
            history(id, (LocalDate) o.get("CloseDate"), created);
        }
        return id;
    }

    /** A person's change to an Opportunity, now. */
    public synchronized void edit(String id, Map<String, Object> values) {
        Map<String, Object> o = objects.get("Opportunity").get(id);
        values.forEach((k, v) -> o.put(field("Opportunity", k).name(), typed("Opportunity", k, v)));
        if (values.containsKey("CloseDate")) {
            history(id, (LocalDate) o.get("CloseDate"), clock.instant());
        }
        if (values.containsKey("StageName") && String.valueOf(values.get("StageName")).startsWith("Closed")) {
            o.put("IsClosed", true);
            o.put("IsWon", values.get("StageName").equals("Closed Won"));
        }
        touch(o, PERSON);
    }

    public synchronized String contact(String opportunityId, String role, boolean optedOut) {
        String id = newId("Contact");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("Id", id);
        c.put("Name", "Contact " + id);
        c.put("HasOptedOutOfEmail", optedOut);
        objects.get("Contact").put(id, c);
        Map<String, Object> r = new LinkedHashMap<>();
        String roleId = newId("OpportunityContactRole");
        r.put("Id", roleId);
        r.put("OpportunityId", opportunityId);
        r.put("ContactId", id);
        r.put("Role", role);
        r.put("IsPrimary", false);
        insert("OpportunityContactRole", r);
        return id;
    }

    /** A person's Task on the Opportunity: open or completed, due {@code due}, created {@code created}. */
    public synchronized String task(String opportunityId, LocalDate due, boolean completed, Instant created, String subtype) {
        Map<String, Object> t = new LinkedHashMap<>();
        String id = newId("Task");
        t.put("Id", id);
        t.put("WhatId", opportunityId);
        t.put("OwnerId", objects.get("Opportunity").get(opportunityId).get("OwnerId"));
        t.put("Subject", subtype == null ? "Follow up" : subtype);
        t.put("ActivityDate", due);
        t.put("Status", completed ? "Completed" : "Not Started");
        t.put("Priority", "Normal");
        t.put("IsClosed", completed);
        t.put("TaskSubtype", subtype == null ? "Task" : subtype);
        t.put("CreatedDate", created);
        t.put("LastModifiedDate", created);
        t.put("SystemModstamp", created);
        t.put("LastModifiedById", PERSON);
        insert("Task", t);
        rollUp(opportunityId);
        return id;
    }

    /** A person's Event (a meeting) on the Opportunity, starting {@code start}, created {@code created}. */
    public synchronized String event(String opportunityId, Instant start, Instant created) {
        Map<String, Object> e = new LinkedHashMap<>();
        String id = newId("Event");
        e.put("Id", id);
        e.put("WhatId", opportunityId);
        e.put("Subject", "Meeting");
        e.put("StartDateTime", start);
        e.put("EndDateTime", start.plusSeconds(3600));
        e.put("DurationInMinutes", 60);
        e.put("IsChild", false);
        e.put("ActivityDate", start.atZone(ZoneOffset.UTC).toLocalDate());
        e.put("CreatedDate", created);
        e.put("LastModifiedDate", created);
        e.put("LastModifiedById", PERSON);
        insert("Event", e);
        rollUp(opportunityId);
        return id;
    }

    /** The next request whose path matches gets this answer instead (a 5xx, a 403 limit...). */
    public synchronized void failNext(Predicate<String> path, int status, String body, Map<String, String> headers) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(status).withBody(body)
                .withHeader("Content-Type", "application/json;charset=UTF-8");
        headers.forEach(b::withHeader);
        faults.add(Map.entry(path, b.build()));
    }

    /** The next {@code times} requests whose path matches break as {@code how}: "reset", "timeout" (5 s), "garbled" (200, no JSON). */
    public synchronized void breakNext(Predicate<String> path, String how, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(Map.entry(path, broken(how, "[{\"message\":\"Service unavailable\",\"errorCode\":\"SERVER_UNAVAILABLE\"}]")));
        }
    }

    /** Drops every fault not yet served. */
    public synchronized void heal() {
        faults.clear();
    }

    // ---- what a test reads back

    public synchronized Map<String, Object> record(String type, String id) {
        Map<String, Object> r = objects.get(type).get(id);
        return r == null ? null : new LinkedHashMap<>(r);
    }

    /** The Tasks on no record (no WhatId). */
    public synchronized List<Map<String, Object>> tasksOnNoRecord() {
        return objects.get("Task").values().stream().filter(t -> t.get("WhatId") == null)
                .map(LinkedHashMap::new).map(m -> (Map<String, Object>) m).toList();
    }

    /** The Tasks on an Opportunity. */
    public synchronized List<Map<String, Object>> tasks(String opportunityId) {
        return childrenOf("Task", opportunityId).stream()
                .map(LinkedHashMap::new).map(m -> (Map<String, Object>) m).toList();
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** Every access token the org issued: secrets DealFocus must never show. */
    public List<String> issuedTokens() {
        return List.copyOf(issued);
    }

    public List<String> logins() {
        return List.copyOf(logins);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public void clearRequests() {
        seen.clear();
    }

    public synchronized long dailyUsed() {
        return dailyUsed;
    }

    /** Requests and the records they carried, by kind: queries by object (rows counted in {@link #batch}), writes by object and kind. */
    private void count(String method, String path, JsonNode body) {
        String kind;
        if (path.contains("/query")) {
            return; // counted where the batch is built, by the query's object
        } else if (path.contains("/composite/sobjects")) {
            JsonNode records = body == null ? null : body.path("records");
            JsonNode first = records == null ? null : records.path(0);
            String type = first == null ? "?" : first.path("attributes").path("type").asText("?");
            String own = first == null ? "" : first.path("DealFocus_Key__c").asText("");
            kind = (path.endsWith("/composite/sobjects") ? "update " : "upsert ") + type
                    + (own.isEmpty() ? "" : own.startsWith("NOTE:") ? " (notes)" : " (tasks)");
            writeRecords.merge(kind, (long) (records == null ? 0 : records.size()), Long::sum);
        } else {
            kind = method + " " + path.replaceAll("/v\\d+\\.\\d+", "");
        }
        requestsByKind.merge(kind, 1L, Long::sum);
    }

    /** The benchmark's controls: {@code change?share=}, {@code clear}, {@code stats}. */
    private ResponseDefinition control(String path, String url) {
        ObjectNode answer = NODES.objectNode();
        switch (path) {
            case "/__bench/change" -> {
                // the given share of the open Opportunities, spread over the pipeline, ACTIVE or NURTURE now, lose their answers
                double share = Double.parseDouble(query(url).get("share"));
                List<Map<String, Object>> open = objects.get("Opportunity").values().stream()
                        .filter(o -> !Boolean.TRUE.equals(o.get("IsClosed"))).toList();
                List<Map<String, Object>> worked = open.stream()
                        .filter(o -> List.of("ACTIVE", "NURTURE").contains(String.valueOf(o.get("DealFocus_Status__c")))).toList();
                long wanted = Math.round(open.size() * share);
                double step = (double) worked.size() / Math.max(1, wanted);
                ArrayNode ids = answer.putArray("ids");
                for (int k = 0; k < wanted && k * step < worked.size(); k++) {
                    Map<String, Object> o = worked.get((int) (k * step));
                    for (String f : List.of("DealFocus_Problem__c", "DealFocus_Decision_Maker__c", "DealFocus_Timeline__c",
                            "DealFocus_Budget__c", "DealFocus_Fit__c")) {
                        o.put(f, BigDecimal.ZERO);
                    }
                    touch(o, PERSON);
                    ids.add((String) o.get("Id"));
                }
                answer.put("changed", ids.size());
            }
            case "/__bench/clear" -> {
                seen.clear();
                requestsByKind.clear();
                recordsReturned.clear();
                writeRecords.clear();
            }
            default -> {
                answer.put("requests", seen.size()).put("dailyUsed", dailyUsed).put("violations", violations.size());
                ObjectNode kinds = answer.putObject("byKind");
                requestsByKind.forEach(kinds::put);
                ObjectNode records = answer.putObject("recordsByKind");
                recordsReturned.forEach(records::put);
                writeRecords.forEach(records::put);
            }
        }
        return json(200, answer, false);
    }

    // ---- the token endpoint

    private ResponseDefinition token(Map<String, String> form) {
        String grant = form.getOrDefault("grant_type", "");
        if (grant.equals("client_credentials")) {
            if (!CLIENT_ID.equals(form.get("client_id"))) {
                return oauthError("invalid_client_id", "client identifier invalid");
            }
            if (!CLIENT_SECRET.equals(form.get("client_secret"))) {
                return oauthError("invalid_client", "invalid client credentials");
            }
            return session();
        }
        if (grant.equals("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
            return jwt(form.getOrDefault("assertion", ""));
        }
        return oauthError("unsupported_grant_type", "grant type not supported");
    }

    private ResponseDefinition jwt(String assertion) {
        String[] parts = assertion.split("\\.");
        if (parts.length != 3) {
            return oauthError("invalid_grant", "invalid assertion");
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(jwtKeys.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return oauthError("invalid_grant", "invalid signature");
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText())) {
                violations.add("JWT header alg is " + header.path("alg"));
            }
            if (!CLIENT_ID.equals(claims.path("iss").asText())) {
                return oauthError("invalid_client_id", "client identifier invalid");
            }
            String audience = sandbox ? "https://test.salesforce.com" : "https://login.salesforce.com";
            if (!audience.equals(claims.path("aud").asText())) {
                return oauthError("invalid_grant", "audience is invalid");
            }
            long exp = claims.path("exp").asLong(0);
            long now = clock.instant().getEpochSecond();
            if (exp <= now || exp > now + 180) {
                return oauthError("invalid_grant", "expired or too distant exp");
            }
            if (!USERNAME.equals(claims.path("sub").asText())) {
                return oauthError("invalid_grant", "user hasn't approved this consumer");
            }
            return session();
        } catch (Exception e) {
            return oauthError("invalid_grant", "invalid assertion");
        }
    }

    private ResponseDefinition session() {
        String token = ORG_ID.substring(0, 15) + "!AQ0AQ" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        tokens.add(token);
        issued.add(token);
        ObjectNode answer = NODES.objectNode().put("access_token", token).put("signature", "c2ltdWxhdGVk")
                .put("scope", "api").put("instance_url", baseUrl())
                .put("id", "https://login.salesforce.com/id/" + ORG_ID + "/" + INTEGRATION_USER)
                .put("token_type", "Bearer").put("issued_at", String.valueOf(clock.millis()));
        return json(200, answer, false);
    }

    private ResponseDefinition oauthError(String error, String description) {
        return json(400, NODES.objectNode().put("error", error).put("error_description", description), false);
    }

    // ---- the data API

    private ResponseDefinition data(String method, String path, String url, JsonNode body, String authorization) {
        if ((path.equals("/services/data") || path.equals("/services/data/")) && method.equals("GET")) {
            // the versions resource: no session needed, not counted against the daily limit
            ArrayNode versions = NODES.arrayNode();
            versions.addObject().put("label", "Summer '26").put("url", "/services/data/v67.0").put("version", "67.0");
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withBody(versions.toString()).build();
        }
        Matcher m = DATA.matcher(path);
        if (!m.matches()) {
            return errors(404, "NOT_FOUND", "The requested resource does not exist");
        }
        if (authorization == null || !authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7))) {
            return errors(401, "INVALID_SESSION_ID", "Session expired or invalid");
        }
        String rest = m.group(2) == null ? "/" : m.group(2);
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).getKey().test(path)) {
                return faults.remove(i).getValue();
            }
        }
        if (dailyUsed >= dailyLimit) {
            return errors(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
        }
        dailyUsed++;
        try {
            if (method.equals("GET") && rest.equals("/query")) {
                return query(m.group(1), query(url).getOrDefault("q", ""));
            }
            if (method.equals("GET") && rest.startsWith("/query/")) {
                return more(m.group(1), rest.substring("/query/".length()));
            }
            if (method.equals("GET") && rest.matches("/sobjects/[A-Za-z]+/describe")) {
                return describe(rest.split("/")[2]);
            }
            if (method.equals("GET") && rest.equals("/limits/recordCount")) {
                ObjectNode counts = NODES.objectNode();
                for (String type : query(url).getOrDefault("sObjects", "").split(",")) {
                    if (objects.containsKey(type)) {
                        counts.withArray("sObjects").addObject().put("count", objects.get(type).size()).put("name", type);
                    }
                }
                return json(200, counts, true);
            }
            if (method.equals("GET") && rest.equals("/limits")) {
                ObjectNode limits = NODES.objectNode();
                limits.putObject("DailyApiRequests").put("Max", dailyLimit).put("Remaining", Math.max(0, dailyLimit - dailyUsed));
                return json(200, limits, true);
            }
            if (method.equals("PATCH") && rest.equals("/composite/sobjects")) {
                return update(body);
            }
            if (method.equals("PATCH") && rest.matches("/composite/sobjects/[A-Za-z]+/[A-Za-z_]+")) {
                String[] p = rest.split("/");
                return upsert(p[3], p[4], body);
            }
        } catch (Soql.Malformed e) {
            return errors(400, "MALFORMED_QUERY", e.getMessage());
        } catch (InvalidField e) {
            return errors(400, "INVALID_FIELD", e.getMessage());
        }
        return errors(404, "NOT_FOUND", "The requested resource does not exist");
    }

    private static final class InvalidField extends RuntimeException {
        InvalidField(String message) {
            super(message);
        }
    }

    private ResponseDefinition describe(String type) {
        Map<String, Field> fields = schema.get(type);
        if (fields == null) {
            return errors(404, "NOT_FOUND", "The requested resource does not exist");
        }
        ObjectNode answer = NODES.objectNode().put("name", type).put("queryable", true).put("updateable", true);
        ArrayNode list = answer.putArray("fields");
        fields.values().stream().filter(f -> !hidden.contains(type + "." + f.name().toLowerCase(Locale.ROOT)))
                .forEach(f -> list.addObject().put("name", f.name()).put("type", f.type()).put("updateable", f.updateable())
                        .put("createable", f.updateable()).put("externalId", f.externalId()).put("unique", f.externalId())
                        .put("filterable", true).put("label", f.name()));
        return json(200, answer, true);
    }

    // ---- SOQL

    /** A query's matching records, kept under its locator; rows are built batch by batch. */
    private record Result(Soql.Query query, String type, List<Map<String, Object>> rows) {
    }

    private ResponseDefinition query(String version, String soql) {
        Soql.Query q = Soql.parse(soql);
        Result result = select(q, null);
        if (q.aggregated()) {
            return aggregate(q, result);
        }
        if (q.count()) {
            return json(200, NODES.objectNode().put("totalSize", result.rows().size()).put("done", true)
                    .set("records", NODES.arrayNode()), true);
        }
        String locator = "01gSIM" + String.format("%09d", nextId++);
        locators.put(locator, result);
        return batch(version, locator, 0);
    }

    /**
     * An aggregate query's answer: one AggregateResult per group, all in one answer, since aggregate results
     * cannot be paged with queryMore; more than 2,000 groups is a violation of Salesforce's limit.
     */
    private ResponseDefinition aggregate(Soql.Query q, Result result) {
        Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> r : result.rows()) {
            List<Object> key = new ArrayList<>();
            q.groupBy().forEach(f -> key.add(resolve(result.type(), r, f)));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        if (groups.size() > 2000) {
            violations.add("an aggregate query with " + groups.size() + " groups (at most 2,000 come back, no queryMore): " + q.from());
        }
        ArrayNode records = NODES.arrayNode();
        groups.forEach((key, rows) -> {
            ObjectNode row = records.addObject();
            row.putObject("attributes").put("type", "AggregateResult");
            for (int i = 0; i < q.groupBy().size(); i++) {
                Object v = key.get(i);
                if (v == null) {
                    row.putNull(q.groupBy().get(i));
                } else {
                    row.put(q.groupBy().get(i), String.valueOf(v));
                }
            }
            for (Soql.Aggregate a : q.aggregates()) {
                List<Object> values = rows.stream().map(r -> resolve(result.type(), r, a.field())).filter(java.util.Objects::nonNull).toList();
                if (a.function().equals("COUNT")) {
                    row.put(a.alias(), values.size());
                } else if (values.isEmpty()) {
                    row.putNull(a.alias());
                } else {
                    row.put(a.alias(), values.stream().mapToDouble(v -> Double.parseDouble(String.valueOf(v))).sum());
                }
            }
        });
        requestsByKind.merge("query " + result.type(), 1L, Long::sum);
        return json(200, NODES.objectNode().put("totalSize", records.size()).put("done", true).set("records", records), true);
    }

    /** An Account of a Type, with more fields. */
    public synchronized String account(String name, String type, Map<String, Object> values) {
        Map<String, Object> a = new LinkedHashMap<>(values);
        String id = newId("Account");
        a.put("Id", id);
        a.put("Name", name);
        a.put("Type", type);
        insert("Account", a);
        return id;
    }

    /** A Case of an Account, created {@code created}, with more fields (Priority, Type, IsEscalated). */
    public synchronized String caseOf(String accountId, Instant created, Map<String, Object> values) {
        Map<String, Object> c = new LinkedHashMap<>(values);
        String id = newId("Case");
        c.put("Id", id);
        c.put("AccountId", accountId);
        c.putIfAbsent("IsEscalated", false);
        c.put("CreatedDate", created);
        insert("Case", c);
        return id;
    }

    /** A change of a tracked Opportunity field, as field history tracking records it. */
    public synchronized void fieldHistory(String opportunityId, String field, Object oldValue, Object newValue, Instant at) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("Id", newId("OpportunityFieldHistory"));
        h.put("OpportunityId", opportunityId);
        h.put("Field", field);
        h.put("OldValue", oldValue);
        h.put("NewValue", newValue);
        h.put("CreatedDate", at);
        insert("OpportunityFieldHistory", h);
    }

    /** Sets fields of a record as a person or an integration would. */
    public synchronized void set(String type, String id, Map<String, Object> values) {
        objects.get(type).get(id).putAll(values);
    }

    private ResponseDefinition more(String version, String locatorAndOffset) {
        int dash = locatorAndOffset.lastIndexOf('-');
        Result result = dash < 0 ? null : locators.get(locatorAndOffset.substring(0, dash));
        if (result == null) {
            return errors(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        return batch(version, locatorAndOffset.substring(0, dash), Integer.parseInt(locatorAndOffset.substring(dash + 1)));
    }

    /** A batch of up to {@link #batchSize} records, children counted, from {@code offset}. */
    private ResponseDefinition batch(String version, String locator, int offset) {
        Result result = locators.get(locator);
        List<Map<String, Object>> rows = result.rows();
        ObjectNode answer = NODES.objectNode().put("totalSize", rows.size());
        ArrayNode records = NODES.arrayNode();
        int counted = 0;
        int i = offset;
        while (i < rows.size()) {
            ObjectNode row = row(result.query(), result.type(), rows.get(i));
            int size = 1 + children(row);
            if (counted > 0 && counted + size > batchSize) {
                break;
            }
            records.add(row);
            counted += size;
            i++;
        }
        answer.put("done", i >= rows.size());
        if (i < rows.size()) {
            answer.put("nextRecordsUrl", "/services/data/" + version + "/query/" + locator + "-" + i);
        } else {
            locators.remove(locator);
        }
        answer.set("records", records);
        recordsReturned.merge("query " + result.type(), (long) counted, Long::sum);
        requestsByKind.merge("query " + result.type(), 1L, Long::sum);
        return json(200, answer, true);
    }

    private static int children(ObjectNode row) {
        int n = 0;
        for (JsonNode v : row) {
            if (v.isObject() && v.has("records")) {
                n += v.path("records").size();
            }
        }
        return n;
    }

    /** The records a query matches, filtered and ordered; {@code parent} set for a subquery (that record's children). */
    private Result select(Soql.Query q, Map<String, Object> parent) {
        String type = q.from();
        List<Map<String, Object>> rows;
        if (parent != null) {
            String[] child = CHILDREN.get("Opportunity." + q.from());
            if (child == null) {
                throw new Soql.Malformed("Didn't understand relationship '" + q.from() + "' in FROM part of query call");
            }
            type = child[0];
            rows = childrenOf(type, (String) parent.get("Id"));
        } else {
            if (!schema.containsKey(type)) {
                throw new Soql.Malformed("sObject type '" + type + "' is not supported.");
            }
            rows = new ArrayList<>(objects.get(type).values());
            rows.removeIf(r -> unshared.contains(r.get("Id"))); // sharing: the run-as user never sees these
        }
        String from = type;
        for (String f : q.fields()) {
            resolve(from, null, f); // every field must exist and be visible, even when no row comes
        }
        if (parent == null) {
            for (Soql.Query sub : q.subqueries()) {
                select(sub, Map.of("Id", "")); // the subqueries' fields too, before any row
            }
        }
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            if (q.where() == null || matches(from, r, q.where())) {
                matching.add(r);
            }
        }
        Comparator<Map<String, Object>> order = null;
        for (Soql.Order o : q.orderBy()) {
            Comparator<Map<String, Object>> by = Comparator.comparing(r -> comparable(resolve(from, r, o.field())),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            by = o.descending() ? by.reversed() : by;
            order = order == null ? by : order.thenComparing(by);
        }
        if (order != null) {
            matching.sort(order);
        }
        if (q.limit() != null && matching.size() > q.limit()) {
            matching = matching.subList(0, q.limit());
        }
        return new Result(q, from, matching);
    }

    /** One record as the query answers it, with its subqueries' results ({@code null} when a subquery has none). */
    private ObjectNode row(Soql.Query q, String from, Map<String, Object> r) {
        ObjectNode row = NODES.objectNode();
        row.putObject("attributes").put("type", from).put("url", "/services/data/" + VERSION + "/sobjects/" + from + "/" + r.get("Id"));
        for (String f : q.fields()) {
            put(row, from, r, f);
        }
        for (Soql.Query sub : q.subqueries()) {
            Result kids = select(sub, r);
            if (kids.rows().isEmpty()) {
                row.putNull(sub.from());
            } else {
                ObjectNode result = row.putObject(sub.from()).put("totalSize", kids.rows().size()).put("done", true);
                ArrayNode list = result.putArray("records");
                kids.rows().forEach(k -> list.add(row(sub, kids.type(), k)));
            }
        }
        return row;
    }

    /** A parent's children of one type, by the lookup field that names the parent (kept as an index). */
    private List<Map<String, Object>> childrenOf(String type, String parentId) {
        return childIndex.getOrDefault(type, Map.of()).getOrDefault(parentId, List.of());
    }

    /** Puts a new record where its type belongs, and in the children index of its parent. */
    private void insert(String type, Map<String, Object> record) {
        objects.get(type).put((String) record.get("Id"), record);
        String lookup = switch (type) {
            case "Task", "Event" -> "WhatId";
            case "OpportunityContactRole", "OpportunityHistory" -> "OpportunityId";
            default -> null;
        };
        if (lookup != null && record.get(lookup) != null) {
            childIndex.computeIfAbsent(type, k -> new HashMap<>()).computeIfAbsent((String) record.get(lookup), k -> new ArrayList<>())
                    .add(record);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable comparable(Object value) {
        return value instanceof Comparable c ? c : value == null ? null : value.toString();
    }

    /** A field's value on a record; relationship paths follow lookups; throws for a field the user cannot see. */
    private Object resolve(String type, Map<String, Object> record, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            Field f = field(type, path);
            return record == null ? null : record.get(f.name());
        }
        String relationship = path.substring(0, dot);
        String lookup = LOOKUPS.get(relationship);
        if (lookup == null || field(type, lookup) == null) {
            throw new InvalidField("Didn't understand relationship '" + relationship + "' in field path " + path);
        }
        String rest = path.substring(dot + 1);
        String target = record == null ? null : (String) record.get(lookup);
        String targetType = target == null ? targetType(relationship) : typeOf(target);
        if (rest.equals("Type") && relationship.equals("What")) {
            return target == null ? null : typeOf(target);
        }
        if (target == null) {
            return record == null ? resolve(targetType, null, rest) : null;
        }
        Map<String, Object> linked = objects.get(targetType) == null ? null : objects.get(targetType).get(target);
        return linked == null ? null : resolve(targetType, linked, rest);
    }

    private static String targetType(String relationship) {
        return switch (relationship) {
            case "Owner" -> "User";
            case "What" -> "Opportunity";
            default -> relationship;
        };
    }

    private void put(ObjectNode row, String type, Map<String, Object> record, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            Field f = field(type, path);
            value(row, f.name(), record.get(f.name()));
            return;
        }
        String relationship = path.substring(0, dot);
        String target = (String) record.get(LOOKUPS.get(relationship));
        if (target == null) {
            row.putNull(relationship);
            return;
        }
        ObjectNode nested = row.has(relationship) && row.get(relationship).isObject() ? (ObjectNode) row.get(relationship)
                : row.putObject(relationship);
        String targetType = typeOf(target);
        nested.putObject("attributes").put("type", targetType);
        String rest = path.substring(dot + 1);
        if (rest.equals("Type")) {
            nested.put("Type", targetType);
        } else {
            Map<String, Object> linked = objects.get(targetType).get(target);
            value(nested, field(targetType, rest).name(), linked == null ? null : linked.get(field(targetType, rest).name()));
        }
    }

    private static void value(ObjectNode node, String name, Object v) {
        if (v == null) {
            node.putNull(name);
        } else if (v instanceof BigDecimal d) {
            node.put(name, d.doubleValue());
        } else if (v instanceof Boolean b) {
            node.put(name, b);
        } else if (v instanceof Instant i) {
            node.put(name, DATETIME.format(i));
        } else {
            node.put(name, v.toString());
        }
    }

    private boolean matches(String type, Map<String, Object> r, Soql.Condition c) {
        if (c instanceof Soql.And and) {
            return and.parts().stream().allMatch(p -> matches(type, r, p));
        }
        if (c instanceof Soql.Or or) {
            return or.parts().stream().anyMatch(p -> matches(type, r, p));
        }
        Soql.Compare cmp = (Soql.Compare) c;
        Object actual = resolve(type, r, cmp.field());
        if (cmp.op().equals("IN")) {
            if (actual instanceof String text && cmp.texts().size() == cmp.values().size()) {
                return cmp.texts().contains(text);
            }
            return cmp.values().stream().anyMatch(v -> compare(actual, v) == 0);
        }
        Soql.Literal literal = cmp.values().get(0);
        if (literal.kind().equals("null")) {
            return cmp.op().equals("=") == (actual == null);
        }
        if (actual == null) {
            return cmp.op().equals("!=");
        }
        int result = compare(actual, literal);
        return switch (cmp.op()) {
            case "=" -> result == 0;
            case "!=" -> result != 0;
            case "<" -> result < 0;
            case ">" -> result > 0;
            case "<=" -> result <= 0;
            default -> result >= 0;
        };
    }

    /** The record's value against a literal; a literal of the wrong kind is a malformed query. */
    private int compare(Object actual, Soql.Literal literal) {
        if (actual == null) {
            return literal.kind().equals("null") ? 0 : -1;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (literal.kind().equals("dateLiteral")) {
            LocalDate day = literal.text().equals("TODAY") ? today
                    : today.minusDays(Long.parseLong(literal.text().substring("LAST_N_DAYS:".length())));
            if (actual instanceof Instant i) {
                return i.compareTo(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return ((LocalDate) actual).compareTo(day);
        }
        if (actual instanceof Instant i) {
            if (!literal.kind().equals("datetime")) {
                throw new Soql.Malformed("value of filter criterion for a datetime field must be of type dateTime and should not be enclosed in quotes");
            }
            return i.compareTo(java.time.OffsetDateTime.parse(literal.text()).toInstant());
        }
        if (actual instanceof LocalDate d) {
            if (!literal.kind().equals("date")) {
                throw new Soql.Malformed("value of filter criterion for a date field must be of type date and should not be enclosed in quotes");
            }
            return d.compareTo(LocalDate.parse(literal.text()));
        }
        if (actual instanceof Boolean b) {
            return b.toString().equals(literal.text().toLowerCase(Locale.ROOT)) ? 0 : 1;
        }
        if (actual instanceof BigDecimal n) {
            return n.compareTo(new BigDecimal(literal.text()));
        }
        if (!literal.kind().equals("string")) {
            throw new Soql.Malformed("value of filter criterion for a text field must be enclosed in quotes");
        }
        return actual.toString().compareTo(literal.text());
    }

    private Field field(String type, String name) {
        Field f = schema.get(type).get(name.toLowerCase(Locale.ROOT));
        if (f == null || hidden.contains(type + "." + name.toLowerCase(Locale.ROOT))) {
            throw new InvalidField("No such column '" + name + "' on entity '" + type + "'. If you are attempting to use a custom"
                    + " field, be sure to append the '__c' after the custom field name.");
        }
        return f;
    }

    // ---- writes

    private ResponseDefinition update(JsonNode body) {
        ResponseDefinition bad = collection(body, null);
        if (bad != null) {
            return bad;
        }
        ArrayNode results = NODES.arrayNode();
        for (JsonNode record : body.path("records")) {
            String type = record.path("attributes").path("type").asText();
            String id = record.path("id").asText("");
            Map<String, Object> target = objects.containsKey(type) ? objects.get(type).get(id) : null;
            if (target == null) {
                failure(results, id.matches("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?") ? "ENTITY_IS_DELETED" : "MALFORMED_ID",
                        id.matches("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?") ? "entity is deleted" : type + " ID: id value of incorrect type: " + id,
                        List.of("Id"));
                continue;
            }
            Map<String, Object> changed = new LinkedHashMap<>(target);
            String refusal = assign(type, changed, record);
            if (refusal != null) {
                failure(results, refusal.split(" ", 2)[0], refusal.split(" ", 2)[1], List.of());
                continue;
            }
            if (type.equals("Opportunity")) {
                String rule = validationRules.stream().filter(v -> v.getKey().test(changed)).map(Map.Entry::getValue).findFirst().orElse(null);
                if (rule != null) {
                    failure(results, "FIELD_CUSTOM_VALIDATION_EXCEPTION", rule, List.of());
                    continue;
                }
            }
            target.putAll(changed);
            if (type.equals("Task")) {
                target.put("IsClosed", "Completed".equals(target.get("Status")));
                rollUp((String) target.get("WhatId"));
            }
            touch(target, INTEGRATION_USER);
            results.addObject().put("id", id).put("success", true).putArray("errors");
        }
        return json(200, results, true);
    }

    private ResponseDefinition upsert(String type, String externalField, JsonNode body) {
        Field key = schema.containsKey(type) ? schema.get(type).get(externalField.toLowerCase(Locale.ROOT)) : null;
        if (key == null || !key.externalId()) {
            return errors(400, "INVALID_FIELD", "Field name provided, " + externalField + " is not an External ID or indexed field for "
                    + type);
        }
        ResponseDefinition bad = collection(body, key.name());
        if (bad != null) {
            return bad;
        }
        ArrayNode results = NODES.arrayNode();
        for (JsonNode record : body.path("records")) {
            String value = record.path(key.name()).asText();
            Map<String, Object> existing = byExternalId.get(type + "." + key.name() + "=" + value);
            Map<String, Object> changed = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing);
            String refusal = assign(type, changed, record);
            String what = (String) changed.get("WhatId");
            String owner = (String) changed.get("OwnerId");
            // WhatId is optional on a Task (a Task on no record); one that is given must name a record
            if (refusal == null && what != null && !objects.get("Opportunity").containsKey(what) && !objects.get("Account").containsKey(what)) {
                refusal = "INVALID_CROSS_REFERENCE_KEY invalid cross reference id";
            }
            if (refusal == null && owner != null && !objects.get("User").containsKey(owner)) {
                refusal = owner.matches("005[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?") ? "INVALID_CROSS_REFERENCE_KEY invalid cross reference id"
                        : "MALFORMED_ID Assigned To ID: id value of incorrect type: " + owner;
            }
            if (refusal == null && owner != null && inactiveUsers.contains(owner)) {
                refusal = "INACTIVE_OWNER_OR_USER operation performed with inactive user [" + owner + "] as owner of task";
            }
            if (refusal != null) {
                failure(results, refusal.split(" ", 2)[0], refusal.split(" ", 2)[1], List.of());
                continue;
            }
            boolean created = existing == null;
            if (created) {
                String id = newId(type);
                changed.put("Id", id);
                changed.put("CreatedDate", clock.instant());
                changed.putIfAbsent("OwnerId", INTEGRATION_USER);
                changed.putIfAbsent("TaskSubtype", "Task");
                insert(type, changed);
                existing = changed;
            } else {
                existing.putAll(changed);
            }
            byExternalId.put(type + "." + key.name() + "=" + value, existing);
            existing.put("IsClosed", "Completed".equals(existing.get("Status")));
            touch(existing, INTEGRATION_USER);
            rollUp(what);
            results.addObject().put("id", (String) existing.get("Id")).put("success", true).put("created", created).putArray("errors");
        }
        return json(200, results, true);
    }

    /** The collection's shape, as Salesforce checks it before any record: a 400 for the whole request, else null. */
    private ResponseDefinition collection(JsonNode body, String externalField) {
        if (body == null || !body.isObject() || !body.path("records").isArray()) {
            violations.add("a collection body without records: " + body);
            return errors(400, "JSON_PARSER_ERROR", "Cannot deserialize the request body");
        }
        if (body.has("allOrNone") && !body.path("allOrNone").isBoolean()) {
            violations.add("allOrNone is not a boolean");
        }
        if (body.path("records").size() > 200) {
            violations.add("more than 200 records: " + body.path("records").size());
            return errors(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
        }
        for (JsonNode record : body.path("records")) {
            String type = record.path("attributes").path("type").asText("");
            if (!schema.containsKey(type)) {
                violations.add("a record without attributes.type: " + record);
                return errors(400, "INVALID_TYPE", "sObject type '" + type + "' is not supported.");
            }
            if (externalField == null && !record.hasNonNull("id")) {
                violations.add("an update without id: " + record);
            }
            if (externalField != null && !record.hasNonNull(externalField)) {
                violations.add("an upsert without " + externalField + ": " + record);
            }
            var names = record.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("attributes") && !name.equals("id") && schema.get(type).get(name.toLowerCase(Locale.ROOT)) == null) {
                    return errors(400, "INVALID_FIELD", "No such column '" + name + "' on sobject of type " + type);
                }
            }
        }
        return null;
    }

    /** Puts the record's fields on {@code target}; a refusal ("CODE message") for a field that cannot be set. */
    private String assign(String type, Map<String, Object> target, JsonNode record) {
        var fields = record.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (e.getKey().equals("attributes") || e.getKey().equals("id")) {
                continue;
            }
            Field f = schema.get(type).get(e.getKey().toLowerCase(Locale.ROOT));
            if (!f.updateable() || hidden.contains(type + "." + e.getKey().toLowerCase(Locale.ROOT))) {
                return "INVALID_FIELD_FOR_INSERT_UPDATE Unable to create/update fields: " + f.name()
                        + ". Please check the security settings of this field and verify that it is read/write for your profile.";
            }
            if (type.equals("Task") && f.name().equals("Status") && !List.of("Not Started", "In Progress", "Completed",
                    "Waiting on someone else", "Deferred").contains(e.getValue().asText())) {
                return "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST Status: bad value for restricted picklist field: " + e.getValue().asText();
            }
            if (type.equals("Task") && f.name().equals("Priority") && !List.of("High", "Normal", "Low").contains(e.getValue().asText())) {
                return "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST Priority: bad value for restricted picklist field: " + e.getValue().asText();
            }
            try {
                target.put(f.name(), e.getValue().isNull() ? null : typed(type, f.name(), fromJson(f, e.getValue())));
            } catch (RuntimeException bad) {
                violations.add(type + "." + f.name() + " got " + e.getValue());
                return "JSON_PARSER_ERROR Cannot deserialize value " + e.getValue() + " for " + f.name();
            }
        }
        return null;
    }

    private static Object fromJson(Field f, JsonNode v) {
        switch (f.type()) {
            case "double", "currency", "percent", "int" -> {
                if (!v.isNumber()) {
                    throw new IllegalArgumentException("not a number");
                }
                return v.decimalValue();
            }
            case "boolean" -> {
                if (!v.isBoolean()) {
                    throw new IllegalArgumentException("not a boolean");
                }
                return v.booleanValue();
            }
            default -> {
                return v.asText();
            }
        }
    }

    /** A value in the field's type: dates and datetimes parsed, numbers as BigDecimal. */
    private Object typed(String type, String name, Object value) {
        if (value == null) {
            return null;
        }
        Field f = schema.get(type).get(name.toLowerCase(Locale.ROOT));
        return switch (f.type()) {
            case "date" -> value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
            case "datetime" -> value instanceof Instant i ? i : java.time.OffsetDateTime.parse(value.toString()
                    .replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
            case "double", "currency", "percent", "int" -> value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            case "boolean" -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            default -> value.toString();
        };
    }

    private static void failure(ArrayNode results, String code, String message, List<String> fields) {
        ObjectNode error = results.addObject().put("success", false).putArray("errors").addObject()
                .put("statusCode", code).put("message", message);
        fields.forEach(error.putArray("fields")::add);
    }

    // ---- Salesforce's bookkeeping

    /** LastActivityDate: the latest date of the Opportunity's closed Tasks and Events, future ones included (facts D). */
    private void rollUp(String opportunityId) {
        Map<String, Object> o = opportunityId == null ? null : objects.get("Opportunity").get(opportunityId);
        if (o == null) {
            return;
        }
        LocalDate last = null;
        for (Map<String, Object> t : childrenOf("Task", opportunityId)) {
            if (Boolean.TRUE.equals(t.get("IsClosed")) && t.get("ActivityDate") != null) {
                LocalDate d = (LocalDate) t.get("ActivityDate");
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        for (Map<String, Object> e : childrenOf("Event", opportunityId)) {
            if (e.get("ActivityDate") != null) {
                LocalDate d = (LocalDate) e.get("ActivityDate");
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        o.put("LastActivityDate", last); // a roll-up: SystemModstamp does not move
    }

    private void history(String opportunityId, LocalDate closeDate, Instant at) {
        Map<String, Object> h = new LinkedHashMap<>();
        String id = newId("OpportunityHistory");
        h.put("Id", id);
        h.put("OpportunityId", opportunityId);
        h.put("CloseDate", closeDate);
        h.put("CreatedDate", at);
        insert("OpportunityHistory", h);
    }

    /** A change by {@code by} (a User id), now. */
    private void touch(Map<String, Object> r, String by) {
        r.put("LastModifiedDate", clock.instant());
        r.put("SystemModstamp", clock.instant());
        r.put("LastModifiedById", by);
    }

    private String newId(String type) {
        return PREFIXES.get(type) + "5Y000" + String.format("%07d", nextId++) + "AAA";
    }

    private String typeOf(String id) {
        String prefix = id.substring(0, Math.min(3, id.length()));
        return PREFIXES.entrySet().stream().filter(e -> e.getValue().equals(prefix)).map(Map.Entry::getKey).findFirst().orElse("Unknown");
    }

    private ResponseDefinition errors(int status, String code, String message) {
        ArrayNode body = NODES.arrayNode();
        body.addObject().put("message", message).put("errorCode", code);
        return json(status, body, status != 401);
    }

    private ResponseDefinition json(int status, JsonNode body, boolean limitInfo) {
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body.toString());
        if (limitInfo) {
            b.withHeader("Sforce-Limit-Info", "api-usage=" + dailyUsed + "/" + dailyLimit);
        }
        return b.build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body != null) {
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return form;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (Exception e) {
            return NODES.textNode(body);
        }
    }

    /** For tests: a function over the records of a type (counting, finding). */
    public synchronized <T> T inspect(String type, Function<Map<String, Map<String, Object>>, T> f) {
        return f.apply(objects.get(type));
    }
}
