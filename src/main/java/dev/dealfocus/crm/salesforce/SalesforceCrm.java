package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.WriteKind;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.crm.shared.CloseDatePushes;
import dev.dealfocus.crm.shared.CrmCalls;
import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.crm.shared.DailyUsageSource;
import dev.dealfocus.crm.shared.OwnKey;
import dev.dealfocus.crm.shared.OwnWrites;
import dev.dealfocus.crm.shared.RequestBudget;
import dev.dealfocus.crm.shared.Sleeper;
import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * DealFocus on a Salesforce org (docs/BEHAVIOR-salesforce.md): Opportunities read by SOQL with their
 * contact roles, Tasks and Events, writes through sObject Collections, every request through one shared
 * budget, the org's daily allowance and the call policy. The session, the describe of Opportunity and
 * Task, the org's currency and the owners' teams are read once and kept, so a run spends its calls on
 * Opportunities.
 */
public final class SalesforceCrm implements CrmGateway, DailyUsageSource, dev.dealfocus.core.eaters.EffortSource,
        dev.dealfocus.core.customer.CustomerSource {
    /** The Task External ID field that carries DealFocus's key (unique, case-sensitive). */
    public static final String KEY_FIELD = "DealFocus_Key__c";
    /** DealFocus's fields on a customer's Account (issue 14), by the core's field name; created by an admin, checked by the setup. */
    static final Map<String, String> CUSTOMER_FIELDS = Map.of("health", "DealFocus_Health__c", "health_reasons",
            "DealFocus_Health_Reasons__c", "remediation_until", "DealFocus_Remediation_Until__c", "remediation_goals",
            "DealFocus_Remediation_Goals__c");
    /** Salesforce's Task Description (Comments) takes 32,000 characters. */
    static final int MAX_TEXT = 32_000;
    /** sObject Collections take at most 200 records. */
    public static final int MAX_WRITE_BATCH = 200;

    /** The fields DealFocus writes on Opportunity, as the setup guide names them (docs/salesforce.md). */
    public static final Map<DealField, String> DEFAULT_FIELDS = defaults();

    /** Fields the core keeps for CRMs with activity roll-ups; here they are read from the Tasks and never written. */
    private static final Set<DealField> FOOTPRINT = Set.of(DealField.OWN_TASK_DUE, DealField.OWN_ACTIVITY_AT);

    /**
     * How DealFocus logs in to and talks to the org ({@code dealfocus.salesforce.*}, docs/configuration.md).
     *
     * @param clientSecret  the client-credentials flow's secret, or {@code null} for the JWT bearer flow
     * @param username      the JWT bearer flow's user, with {@code privateKey}; {@code null} for client credentials
     * @param organizationId the org the store is bound to (15 or 18 characters), or {@code null}: any
     * @param teamField     the User field that names an owner's team (the median group)
     * @param activityDays  Tasks and Events older than this many days are not read
     */
    public record Settings(URI loginUrl, String clientId, String clientSecret, String username, PrivateKey privateKey,
                           boolean sandbox, String apiVersion, String organizationId, Duration timeout, int requestsPer10s,
                           double dailyShare, int writeBatch, boolean closeDateHistory, String fallbackOwner, ZoneId zone,
                           LocalTime taskDueTime, String teamField, int activityDays, Map<DealField, String> fieldProperties,
                           Duration directoryFor, ActivityTypes activityTypes, dev.dealfocus.crm.shared.CustomerProperties customers,
                           java.util.Set<String> customerTypes) {
        public Settings {
            Objects.requireNonNull(loginUrl, "loginUrl");
            Objects.requireNonNull(apiVersion, "apiVersion");
            fieldProperties = Map.copyOf(fieldProperties);
            activityTypes = activityTypes == null ? ActivityTypes.DEFAULT : activityTypes;
            customers = customers == null ? dev.dealfocus.crm.shared.CustomerProperties.NONE : customers;
            customerTypes = customerTypes == null ? java.util.Set.of("Customer - Direct", "Customer - Channel")
                    : java.util.Set.copyOf(customerTypes);
        }

        /** With these activity types, without customer signs mapped. */
        public Settings(URI loginUrl, String clientId, String clientSecret, String username, PrivateKey privateKey,
                        boolean sandbox, String apiVersion, String organizationId, Duration timeout, int requestsPer10s,
                        double dailyShare, int writeBatch, boolean closeDateHistory, String fallbackOwner, ZoneId zone,
                        LocalTime taskDueTime, String teamField, int activityDays, Map<DealField, String> fieldProperties,
                        Duration directoryFor, ActivityTypes activityTypes) {
            this(loginUrl, clientId, clientSecret, username, privateKey, sandbox, apiVersion, organizationId, timeout,
                    requestsPer10s, dailyShare, writeBatch, closeDateHistory, fallbackOwner, zone, taskDueTime, teamField,
                    activityDays, fieldProperties, directoryFor, activityTypes, null, null);
        }

        /** With the default activity types (TaskSubtype: Call, Email). */
        public Settings(URI loginUrl, String clientId, String clientSecret, String username, PrivateKey privateKey,
                        boolean sandbox, String apiVersion, String organizationId, Duration timeout, int requestsPer10s,
                        double dailyShare, int writeBatch, boolean closeDateHistory, String fallbackOwner, ZoneId zone,
                        LocalTime taskDueTime, String teamField, int activityDays, Map<DealField, String> fieldProperties,
                        Duration directoryFor) {
            this(loginUrl, clientId, clientSecret, username, privateKey, sandbox, apiVersion, organizationId, timeout,
                    requestsPer10s, dailyShare, writeBatch, closeDateHistory, fallbackOwner, zone, taskDueTime, teamField,
                    activityDays, fieldProperties, directoryFor, null, null, null);
        }

        /** Never a secret: settings may end up in a log line or an error message. */
        @Override
        public String toString() {
            return "Salesforce " + loginUrl + " api " + apiVersion + ", " + (username == null ? "client credentials"
                    : "JWT bearer for " + username) + ", secret " + (clientSecret == null || clientSecret.isBlank() ? "unset" : "set");
        }
    }

    private final SalesforceHttp http;
    private final Settings settings;
    private final Clock clock;
    private final DailyAllowance daily;
    private final SalesforceReader reader;
    private final Map<DealField, String> fields;
    private final Map<String, Team> teams = new ConcurrentHashMap<>();
    private final OwnWrites ownWrites = new OwnWrites();
    private volatile SalesforceSchema schema;
    private volatile String orgCurrency;
    private volatile List<String> warned = List.of();

    private record Team(String name, Instant readAt) {
    }

    SalesforceCrm(SalesforceHttp http, DailyAllowance daily, Settings settings, Clock clock) {
        this.http = http;
        this.daily = daily;
        this.settings = settings;
        this.clock = clock;
        this.fields = new EnumMap<>(DEFAULT_FIELDS);
        this.fields.putAll(settings.fieldProperties());
        this.reader = new SalesforceReader(http, settings.closeDateHistory() ? new CloseDatePushes() : null);
    }

    /** A gateway with its own session, request budget, daily allowance and call policy, as the service runs it. */
    public static SalesforceCrm connect(Settings settings, ObjectMapper json, Clock clock, Sleeper sleeper) {
        return connect(settings, CrmCalls.Settings.defaults(), json, clock, sleeper);
    }

    /** As above, with a call policy of one's own ({@code dealfocus.crm.retry.*}). */
    public static SalesforceCrm connect(Settings settings, CrmCalls.Settings policy, ObjectMapper json, Clock clock, Sleeper sleeper) {
        RequestBudget budget = new RequestBudget(settings.requestsPer10s(), Duration.ofSeconds(10), 1, clock, sleeper);
        // Salesforce's limit is a rolling 24 hours and says no reset time: an observation is trusted for an hour
        DailyAllowance daily = new DailyAllowance("Salesforce", settings.dailyShare(), Duration.ofHours(1), clock);
        CrmCalls calls = new CrmCalls("Salesforce", budget, daily, policy, clock, sleeper);
        SalesforceLoginApi login = QuarkusRestClientBuilder.newBuilder().baseUri(settings.loginUrl())
                .property("microprofile.rest.client.disable.default.mapper", true)
                .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(SalesforceLoginApi.class);
        SalesforceAuth.Flow flow = settings.username() != null
                ? new SalesforceAuth.Flow.JwtBearer(settings.clientId(), settings.username(), settings.privateKey(),
                settings.sandbox() ? SalesforceAuth.SANDBOX_AUDIENCE : SalesforceAuth.PRODUCTION_AUDIENCE)
                : new SalesforceAuth.Flow.ClientCredentials(settings.clientId(), settings.clientSecret());
        SalesforceAuth auth = new SalesforceAuth(login, flow, clock);
        return new SalesforceCrm(new SalesforceHttp(auth, calls, daily, json, settings.timeout(), settings.apiVersion()), daily,
                settings, clock);
    }

    private static Map<DealField, String> defaults() {
        Map<DealField, String> map = new EnumMap<>(DealField.class);
        map.put(DealField.SCORE, "DealFocus_Score__c");
        map.put(DealField.STATUS, "DealFocus_Status__c");
        map.put(DealField.REASONS, "DealFocus_Reasons__c");
        map.put(DealField.EXPIRES_ON, "DealFocus_Expires_On__c");
        map.put(DealField.RECOMMENDED_STATUS, "DealFocus_Recommended_Status__c");
        map.put(DealField.VALUE_PER_HOUR, "DealFocus_Value_Per_Hour__c");
        map.put(DealField.DECIDED_AT, "DealFocus_Decided_At__c");
        return Map.copyOf(map);
    }

    /** The Opportunity field of each DealFocus field DealFocus writes here. */
    public Map<DealField, String> fields() {
        return Map.copyOf(fields);
    }

    /** Where the Accounts keep the customers' signs (the setup check looks for each field). */
    dev.dealfocus.crm.shared.CustomerProperties customerProperties() {
        return settings.customers();
    }

    /** What the org said of its daily API usage last ({@code Sforce-Limit-Info}), or {@code null}: exposed as a metric. */
    @Override
    public DailyAllowance.Usage dailyUsage() {
        return daily.current();
    }

    @Override
    public CrmCapabilities capabilities() {
        SalesforceSchema known = schema;
        boolean prepared = known != null && unprepared(known).isEmpty();
        return new CrmCapabilities("salesforce", SalesforceReader.PAGE, Math.min(MAX_WRITE_BATCH, settings.writeBatch()),
                prepared ? known.opportunityFieldNames() : Set.of(), CrmCapabilities.TextFormat.PLAIN, MAX_TEXT, MAX_TEXT);
    }

    /** DealFocus's fields the org lacks or the run-as user cannot see: Opportunity's, and the Task key. */
    List<String> unprepared(SalesforceSchema known) {
        List<String> missing = new ArrayList<>();
        fields.forEach((field, name) -> {
            SalesforceSchema.Field f = known.opportunityField(name);
            if (f == null || !f.updateable()) {
                missing.add("Opportunity." + name);
            }
        });
        SalesforceSchema.Field key = known.taskField(KEY_FIELD);
        if (key == null || !key.externalId()) {
            missing.add("Task." + KEY_FIELD + " (External ID, unique)");
        }
        return missing;
    }

    /** Reads the describes of Opportunity and Task now (two calls). */
    public SalesforceSchema readSchema(ApiCalls calls) {
        SalesforceSchema known = SalesforceSchema.read(http, readsCustomers(), calls);
        schema = known;
        return known;
    }

    private SalesforceSchema schema(ApiCalls calls) {
        SalesforceSchema known = schema;
        return known != null ? known : readSchema(calls);
    }

    /** The org the session belongs to, checked against {@code dealfocus.salesforce.organization-id}. */
    @Override
    public String account(ApiCalls calls) {
        String org = http.session().organizationId();
        String expected = settings.organizationId();
        if (org == null) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "Salesforce's login answer named no org (no id URL).");
        }
        if (expected != null && !expected.isBlank() && !sameOrg(expected, org)) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "dealfocus.salesforce.organization-id is " + expected
                    + ", but the login belongs to org " + org + ": check dealfocus.salesforce.login-url and the External Client App.");
        }
        List<String> missing = unprepared(schema(calls));
        if (!missing.isEmpty()) {
            // read again: an admin may have created the fields since (the check may have run on another replica)
            missing = unprepared(readSchema(calls));
        }
        if (!missing.isEmpty()) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "The Salesforce org is not prepared for DealFocus: "
                    + String.join(", ", missing) + " missing or not visible to the run-as user. Create them and grant them "
                    + "in the permission set (docs/salesforce.md), then check with POST /api/setup/salesforce.");
        }
        return org.substring(0, 15);
    }

    /** Org ids compare on their 15-character form (the 18-character form adds a case checksum). */
    static boolean sameOrg(String a, String b) {
        return Soql.sameId(a, b);
    }

    @Override
    public DealPage readDeals(ReadSpec spec, Instant modifiedSince, String cursor, ApiCalls calls) {
        String user = http.session().userId();
        return withVisibleFields(spec, calls, query -> reader.page(query, spec, modifiedSince, cursor, context(query, calls), calls,
                ids -> teams(ids, calls), r -> user != null && user.equals(OpportunityMapper.text(r, "LastModifiedById"))
                        && ownWrites.onlyOwn(r.path("Id").asText(),
                        OpportunityMapper.instant(OpportunityMapper.text(r, "SystemModstamp")))));
    }

    @Override
    public DealPage readDealsById(ReadSpec spec, Collection<String> ids, ApiCalls calls) {
        if (ids.size() > SalesforceReader.PAGE) {
            throw new IllegalArgumentException("at most " + SalesforceReader.PAGE + " ids per read");
        }
        return withVisibleFields(spec, calls, query -> reader.byId(query, spec, ids, context(query, calls), calls,
                owners -> teams(owners, calls)));
    }

    /**
     * Runs a read with a query of the fields the run-as user can see. A field hidden since the describe
     * was read (an admin changed the permission set) fails the query with INVALID_FIELD: the describe is
     * read again and the read repeated once without it, so one hidden field never stops the run.
     */
    private DealPage withVisibleFields(ReadSpec spec, ApiCalls calls, java.util.function.Function<OpportunityQuery, DealPage> read) {
        try {
            return read.apply(query(spec, calls));
        } catch (CrmException e) {
            if (e.kind() != CrmException.Kind.FAIL_FAST || e.getMessage() == null || !e.getMessage().contains("INVALID_FIELD")) {
                throw e;
            }
            readSchema(calls);
            return read.apply(query(spec, calls));
        }
    }

    @Override
    public List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
        if (writes.isEmpty()) {
            return List.of();
        }
        int batch = capabilities().writeBatchSize();
        if (writes.stream().map(CrmWrite::kind).distinct().count() > 1 || writes.size() > batch) {
            throw new IllegalArgumentException("a Salesforce collection takes at most " + batch + " writes of one kind");
        }
        SalesforceWriter writer = new SalesforceWriter(http, schema(calls), writableFields(), KEY_FIELD, settings.zone(), clock,
                settings.fallbackOwner());
        List<WriteResult> results = new ArrayList<>(writer.apply(writes, calls));
        reassignInactiveOwners(writer, writes, results, calls);
        ownWrites.record(writes, results, clock.instant());
        return results;
    }

    private Map<DealField, String> writableFields() {
        Map<DealField, String> writable = new EnumMap<>(fields);
        FOOTPRINT.forEach(writable::remove);
        return writable;
    }

    /** Creates refused for an inactive owner go again once, to the fallback owner. */
    private void reassignInactiveOwners(SalesforceWriter writer, List<CrmWrite> writes, List<WriteResult> results, ApiCalls calls) {
        String fallback = settings.fallbackOwner();
        if (fallback == null || fallback.isBlank()) {
            return;
        }
        List<Integer> positions = new ArrayList<>();
        List<CrmWrite> again = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            WriteResult r = results.get(i);
            CrmWrite w = writes.get(i);
            if (r.outcome() == WriteResult.Outcome.REFUSED && r.error() != null && r.error().contains(SalesforceWriter.INACTIVE_OWNER)) {
                CrmWrite reassigned = w instanceof CrmWrite.Task t && !fallback.equals(t.ownerId())
                        ? new CrmWrite.Task(t.dealId(), t.key(), t.taskKind(), fallback, t.due(), t.priority(), t.subject(), t.body())
                        : w instanceof CrmWrite.Note n && !fallback.equals(n.ownerId())
                        ? new CrmWrite.Note(n.dealId(), n.key(), fallback, n.timestamp(), n.body()) : null;
                if (reassigned != null) {
                    positions.add(i);
                    again.add(reassigned);
                }
            }
        }
        if (!again.isEmpty()) {
            List<WriteResult> second = writer.apply(again, calls);
            for (int k = 0; k < positions.size(); k++) {
                results.set(positions.get(k), second.get(k));
            }
        }
    }

    /** DealFocus's Tasks by their key (an External ID: exact, never a lagging index). */
    @Override
    public Map<String, String> findCreated(Collection<CrmWrite> creates, ApiCalls calls) {
        Map<String, String> byOwnKey = new LinkedHashMap<>();
        for (CrmWrite w : creates) {
            if (w instanceof CrmWrite.Note n) {
                byOwnKey.put(new OwnKey(dev.dealfocus.core.deal.WrittenKind.NOTE, n.key()).toString(), n.key());
            } else if (w instanceof CrmWrite.Task t) {
                byOwnKey.put(new OwnKey(t.taskKind(), t.key()).toString(), t.key());
            } else if (w instanceof CrmWrite.OwnerTask t) {
                byOwnKey.put(new OwnKey(t.taskKind(), t.key()).toString(), t.key());
            } else if (w instanceof CrmWrite.CustomerNote n) {
                byOwnKey.put(new OwnKey(dev.dealfocus.core.deal.WrittenKind.NOTE, n.key()).toString(), n.key());
            } else if (w instanceof CrmWrite.CustomerTask t) {
                byOwnKey.put(new OwnKey(dev.dealfocus.core.deal.WrittenKind.CUSTOMER_TASK, t.key()).toString(), t.key());
            }
        }
        Map<String, String> found = new HashMap<>();
        if (byOwnKey.isEmpty()) {
            return found;
        }
        for (String soql : OpportunityQuery.tasksByKey(KEY_FIELD, byOwnKey.keySet())) {
            http.queryAll(soql, "look up tasks DealFocus may have created", calls, r -> {
                String key = byOwnKey.get(r.path(KEY_FIELD).asText());
                if (key != null) {
                    found.put(key, r.path("Id").asText());
                }
            });
        }
        return found;
    }

    /** Completed Tasks and ended Events of the quarter, summed per Opportunity by aggregate queries. */
    @Override
    public Map<String, List<dev.dealfocus.core.eaters.EffortActivity>> effort(Collection<String> dealIds, java.time.Instant from,
                                                                             java.time.Instant to, ApiCalls calls) {
        return new SalesforceEffort(http, settings.activityTypes(), settings.zone(), clock).read(dealIds, from, to, calls);
    }

    /** The hours-spent field from Opportunity field history; a field the org does not show stops with its name. */
    @Override
    public Map<String, dev.dealfocus.core.eaters.HoursSpent> hoursSpent(Collection<String> dealIds, String property,
                                                                       java.time.Instant from, java.time.Instant to, ApiCalls calls) {
        if (schema(calls).opportunityField(property) == null) {
            throw new UnsupportedOperationException("the Opportunity has no field " + property + " the run-as user can read");
        }
        return new SalesforceEffort(http, settings.activityTypes(), settings.zone(), clock).hoursSpent(dealIds, property, from, to, calls);
    }

    /**
     * Accounts of the configured customer types, 2,000 a query in Id order; only once a sign is mapped. The light a
     * person may have set is read where the org has DealFocus's health field; escalations and change requests counted
     * from Cases by aggregate queries over the page's Accounts.
     */
    @Override
    public dev.dealfocus.core.customer.CustomerSource.Page readCustomers(String cursor, ApiCalls calls) {
        boolean light = schema(calls).accountField(CUSTOMER_FIELDS.get("health")) != null;
        var page = new SalesforceCustomers(http, settings.customers(), light ? CUSTOMER_FIELDS.get("health") : null,
                settings.customerTypes(), settings.zone()).read(cursor, calls);
        return new SalesforceCustomerRecords(http, clock).read(settings.customers().records(),
                page.customers().stream().map(dev.dealfocus.core.customer.CustomerFacts::id).toList(), calls).apply(page);
    }

    @Override
    public boolean readsCustomers() {
        return settings.customers().anySign();
    }

    /** Once the org has DealFocus's four Account fields, editable by the run-as user (read with the describes). */
    @Override
    public boolean writesCustomers() {
        SalesforceSchema known = schema;
        return readsCustomers() && known != null && known.customerFields();
    }

    /** The Opportunities of Tasks or Events a change event named, by their {@code WhatId}. */
    @Override
    public Map<String, List<String>> dealsOf(String objectType, Collection<String> ids, ApiCalls calls) {
        String type = objectType.equalsIgnoreCase("events") || objectType.equalsIgnoreCase("event") ? "Event" : "Task";
        Map<String, List<String>> deals = new HashMap<>();
        List<String> valid = ids.stream().filter(Soql::isId).toList();
        for (String soql : Soql.inChunks("SELECT Id, WhatId FROM " + type + " WHERE What.Type = 'Opportunity' AND Id ", valid, "")) {
            http.queryAll(soql, "read the opportunities of changed " + type.toLowerCase() + "s", calls,
                    r -> deals.computeIfAbsent(r.path("Id").asText(), k -> new ArrayList<>()).add(r.path("WhatId").asText()));
        }
        return deals;
    }

    /**
     * DealFocus's user in the org, when a login already named it; never logs in (a webhook must be
     * answered at once). Changes this user made last are DealFocus's own.
     */
    public String knownUserId() {
        return http.knownUserId();
    }

    /** The org DealFocus is configured for ({@code dealfocus.salesforce.organization-id}), or {@code null}. */
    public String organizationId() {
        return settings.organizationId();
    }

    /** Whether {@code orgId} is the configured org, compared on 15 characters. */
    public boolean isConfiguredOrg(String orgId) {
        return settings.organizationId() != null && Soql.sameId(settings.organizationId(), orgId);
    }

    /** The check of this org ({@code POST /api/setup/salesforce}); it changes nothing in the org. */
    public SalesforceSetupCheck setupCheck() {
        return new SalesforceSetupCheck(http, this);
    }

    /** The versions resource: proves the org answers, without counting against its daily limit. */
    @Override
    public void ping(ApiCalls calls) {
        http.send("check that Salesforce answers", calls, SalesforceApi::versions);
    }

    private OpportunityQuery query(ReadSpec spec, ApiCalls calls) {
        List<String> wanted = new ArrayList<>(fields.values());
        wanted.addAll(spec.properties());
        OpportunityQuery query = new OpportunityQuery(schema(calls), wanted, KEY_FIELD, settings.activityDays());
        if (!query.missing().isEmpty() && !query.missing().equals(warned)) {
            warned = query.missing();
            Log.warnf("Salesforce: the run-as user cannot see %s; the reads leave %s out until it is visible again"
                    + " (POST /api/setup/salesforce names the fix).", query.missing(), query.missing().size() == 1 ? "it" : "them");
        }
        return query;
    }

    private OpportunityMapper.Context context(OpportunityQuery query, ApiCalls calls) {
        return new OpportunityMapper.Context(Map.of(), orgCurrency(calls), settings.zone(), settings.taskDueTime(), fields,
                query.keyField(), clock.instant(), http.session().userId());
    }

    private String orgCurrency(ApiCalls calls) {
        String known = orgCurrency;
        if (known == null) {
            JsonNode org = http.query("SELECT Id, DefaultCurrencyIsoCode FROM Organization", "read the org's currency", calls);
            known = org.path("records").path(0).path("DefaultCurrencyIsoCode").asText("");
            orgCurrency = known; // an org's currency does not change while the service runs
        }
        return known.isEmpty() ? null : known;
    }

    /** Each owner's team (the configured User field), read for owners not seen within the cache time. */
    private Map<String, String> teams(Collection<String> owners, ApiCalls calls) {
        Instant now = clock.instant();
        List<String> unknown = owners.stream().filter(Soql::isId).filter(id -> {
            Team t = teams.get(id);
            return t == null || !now.isBefore(t.readAt().plus(settings.directoryFor()));
        }).toList();
        if (!unknown.isEmpty()) {
            for (String soql : OpportunityQuery.users(unknown, settings.teamField())) {
                http.queryAll(soql, "read the owners' teams", calls, u -> teams.put(u.path("Id").asText(),
                        new Team(OpportunityMapper.text(u, settings.teamField()), now)));
            }
            unknown.forEach(id -> teams.putIfAbsent(id, new Team(null, now))); // an owner the user cannot see: no team
        }
        Map<String, String> result = new HashMap<>();
        owners.forEach(id -> {
            Team t = teams.get(id);
            if (t != null && t.name() != null) {
                result.put(id, t.name());
            }
        });
        return result;
    }
}
