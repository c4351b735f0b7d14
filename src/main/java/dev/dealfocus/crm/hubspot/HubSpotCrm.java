package dev.dealfocus.crm.hubspot;

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
import dev.dealfocus.crm.shared.CallFailure;
import dev.dealfocus.crm.shared.CrmCalls;
import dev.dealfocus.crm.shared.CustomerRecords;
import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.crm.shared.DailyUsageSource;
import dev.dealfocus.crm.shared.OwnWrites;
import dev.dealfocus.crm.shared.RequestBudget;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import dev.dealfocus.crm.shared.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * DealFocus on a HubSpot portal (docs/BEHAVIOR-hubspot.md): deals read through search and batch
 * reads, writes through the batch endpoints, every request through one shared budget and call
 * policy. The portal, its owners and its properties are read once and kept (owners for
 * {@link Settings#directoryFor()}), so a run spends its calls on deals.
 */
public final class HubSpotCrm implements CrmGateway, DailyUsageSource, dev.dealfocus.core.eaters.EffortSource,
        dev.dealfocus.core.customer.CustomerSource {
    /**
     * A page of the port holds up to 1,000 deals: five searches of 200, one associations batch; batch
     * reads by id take 100 a call, so 1,000 ids cost ten.
     */
    static final int PAGE = DealWindows.PAGE * HubSpotReader.SEARCHES_PER_PAGE;
    /** HubSpot's note and task bodies take 65,536 characters; the key marker needs room at the end. */
    static final int MAX_TEXT = 65_536 - WriteBodies.MARKER_ROOM;

    /**
     * How DealFocus talks to the portal ({@code dealfocus.hubspot.*}, docs/configuration.md).
     *
     * @param fallbackOwner  the owner of tasks HubSpot refuses to assign to the deal's owner, or {@code null}
     * @param taskDueTime    the local time in {@code zone} at which a task is due on its day
     * @param directoryFor   how long the owners list is kept before it is read again
     */
    public record Settings(URI baseUrl, String token, String apiVersion, Duration timeout, int requestsPer10s,
                           int searchPerSecond, double dailyShare, boolean closeDateHistory, String fallbackOwner,
                           ZoneId zone, LocalTime taskDueTime, Map<DealField, String> fieldProperties,
                           Duration directoryFor, dev.dealfocus.crm.shared.CustomerProperties customers) {
        public Settings {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(apiVersion, "apiVersion");
            fieldProperties = Map.copyOf(fieldProperties);
            customers = customers == null ? dev.dealfocus.crm.shared.CustomerProperties.NONE : customers;
        }

        /** Without customer signs mapped. */
        public Settings(URI baseUrl, String token, String apiVersion, Duration timeout, int requestsPer10s, int searchPerSecond,
                        double dailyShare, boolean closeDateHistory, String fallbackOwner, ZoneId zone, LocalTime taskDueTime,
                        Map<DealField, String> fieldProperties, Duration directoryFor) {
            this(baseUrl, token, apiVersion, timeout, requestsPer10s, searchPerSecond, dailyShare, closeDateHistory, fallbackOwner,
                    zone, taskDueTime, fieldProperties, directoryFor, null);
        }

        /** Never the token: settings may end up in a log line or an error message. */
        @Override
        public String toString() {
            return "HubSpot " + baseUrl + " api " + apiVersion + ", " + requestsPer10s + " requests/10 s, token "
                    + (token == null || token.isBlank() ? "unset" : "set");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HubSpotHttp http;
    private final Settings settings;
    private final Clock clock;
    private final HubSpotReader reader;
    private final HubSpotDirectory directory;
    private final HubSpotAssociations associations;
    private final HubSpotEngagements engagements;
    private final HubSpotEffort effort;
    private final OwnWrites ownWrites;
    private volatile HubSpotDirectory.Portal portal;
    private volatile Owners owners;
    private volatile HubSpotSchema schema;
    /** The signs counted from records for the assessment under way (read with its first page). */
    private volatile CustomerRecords customerRecords;

    private record Owners(Map<String, HubSpotDirectory.Owner> byId, Instant readAt) {
    }

    HubSpotCrm(HubSpotHttp http, Settings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        String version = settings.apiVersion();
        this.reader = new HubSpotReader(http, version, settings.closeDateHistory() ? new CloseDateHistory(http, version) : null);
        this.directory = new HubSpotDirectory(http, version);
        this.associations = new HubSpotAssociations(http, version);
        this.engagements = new HubSpotEngagements(http, associations, version);
        this.effort = new HubSpotEffort(http, associations, version, clock);
        this.ownWrites = new OwnWrites();
    }

    /** A gateway with its own request budget, daily allowance and call policy, as the service runs it. */
    public static HubSpotCrm connect(Settings settings, ObjectMapper json, Clock clock, Sleeper sleeper) {
        return connect(settings, CrmCalls.Settings.defaults(), json, clock, sleeper);
    }

    /** As above, with a call policy of one's own ({@code dealfocus.crm.retry.*}). */
    public static HubSpotCrm connect(Settings settings, CrmCalls.Settings policy, ObjectMapper json, Clock clock, Sleeper sleeper) {
        return connect(settings, policy, json, clock, sleeper, RequestBudget.Shared.NONE);
    }

    /** As above, the request budget shared with the service's other replicas ({@code shared}). */
    public static HubSpotCrm connect(Settings settings, CrmCalls.Settings policy, ObjectMapper json, Clock clock, Sleeper sleeper,
                                     RequestBudget.Shared shared) {
        RequestBudget budget = new RequestBudget(settings.requestsPer10s(), Duration.ofSeconds(10), settings.searchPerSecond(),
                clock, sleeper);
        budget.share(shared);
        DailyAllowance daily = new DailyAllowance("HubSpot", settings.dailyShare(), Duration.ofHours(1), clock);
        CrmCalls calls = new CrmCalls("HubSpot", budget, daily, policy, clock, sleeper);
        HubSpotApi api = HubSpotHttp.client(settings.baseUrl(), settings.token(), settings.timeout());
        return new HubSpotCrm(new HubSpotHttp(api, calls, new HubSpotUsage(daily, settings.zone(), clock), json), settings, clock);
    }

    /**
     * What HubSpot allows. The portal's deal properties are read at the first call (three calls), so a
     * mapping to a property the portal lacks stops the start; when HubSpot cannot be reached then,
     * the set is empty (the start goes on, runs find out) and is read again at the next run.
     */
    @Override
    public CrmCapabilities capabilities() {
        HubSpotSchema known = schema;
        // before the setup the portal lacks DealFocus's own properties: the start goes on so the setup can run
        boolean prepared = known != null && unprepared(known).isEmpty();
        return new CrmCapabilities("hubspot", PAGE, HubSpotWriter.BATCH, prepared ? known.dealPropertyNames() : Set.of(),
                CrmCapabilities.TextFormat.HTML, MAX_TEXT, MAX_TEXT);
    }

    /** DealFocus's own deal properties the portal lacks. */
    private List<String> unprepared(HubSpotSchema known) {
        return Arrays.stream(DealField.values()).map(f -> settings.fieldProperties().getOrDefault(f, f.property()))
                .filter(p -> !known.dealProperties().containsKey(p)).toList();
    }

    /** Reads the portal's properties now; a failure to reach HubSpot is thrown to the caller. */
    public void readSchema(ApiCalls calls) {
        schema = HubSpotSchema.read(http, settings.apiVersion(), settings.customers().anySign(), calls);
    }

    @Override
    public String account(ApiCalls calls) {
        if (schema == null || !unprepared(schema).isEmpty()) {
            // read again while unprepared: the setup may have run since, on this replica or another
            readSchema(calls);
        }
        List<String> missing = unprepared(schema);
        if (!missing.isEmpty()) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "The HubSpot portal is not prepared for DealFocus: the deal"
                    + " properties " + String.join(", ", missing) + " are missing. Run POST /api/setup/hubspot (docs/hubspot.md).");
        }
        return portal(calls).id();
    }

    @Override
    public DealPage readDeals(ReadSpec spec, Instant modifiedSince, String cursor, ApiCalls calls) {
        if (cursor == null) {
            http.learnDailyUsage(settings.apiVersion(), calls); // a run's first page: know the day's usage first
        }
        // a full scan reads everything; an incremental read passes over what only DealFocus touched
        return reader.page(spec, modifiedSince, cursor, context(calls), calls, deal -> modifiedSince != null
                && !DealMapper.closed(deal) && ownWrites.onlyOwn(deal.path("id").asText(),
                RollUps.instant(DealMapper.text(deal, "hs_lastmodifieddate"))));
    }

    @Override
    public DealPage readDealsById(ReadSpec spec, Collection<String> ids, ApiCalls calls) {
        if (ids.size() > PAGE) {
            throw new IllegalArgumentException("at most " + PAGE + " ids per read");
        }
        return reader.byId(spec, ids, context(calls), calls);
    }

    @Override
    public List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
        if (writes.isEmpty()) {
            return List.of();
        }
        if (writes.stream().map(CrmWrite::kind).distinct().count() > 1 || writes.size() > HubSpotWriter.BATCH) {
            throw new IllegalArgumentException("a HubSpot batch takes at most " + HubSpotWriter.BATCH + " writes of one kind");
        }
        Map<String, WriteResult> results = new HashMap<>();
        send(writes, results, calls);
        List<WriteResult> ordered = writes.stream().map(w -> results.get(w.key())).toList();
        ownWrites.record(writes, ordered, clock.instant());
        return ordered;
    }

    /**
     * Sends a batch; when HubSpot refuses it as a whole (400) and names the items at fault, those are
     * refused, a refused owner is replaced by the fallback owner, and the rest is sent again without
     * them. A refusal that names no item is the configuration's (a missing property): it stops the run.
     */
    private void send(List<CrmWrite> writes, Map<String, WriteResult> results, ApiCalls calls) {
        List<CrmWrite> pending = writes;
        for (int round = 0; !pending.isEmpty(); round++) {
            try {
                List<WriteResult> answered = writer(calls).apply(pending, calls);
                answered.forEach(r -> results.put(r.key(), r));
                return;
            } catch (CrmException e) {
                Map<String, String> named = round < writes.size() ? namedBy(e, pending) : Map.of();
                if (named.isEmpty()) {
                    throw e;
                }
                List<CrmWrite> again = new ArrayList<>();
                for (CrmWrite w : pending) {
                    String reason = named.get(w.key());
                    CrmWrite reassigned = reason == null ? null : withFallbackOwner(w, reason);
                    if (reason == null) {
                        again.add(w);
                    } else if (reassigned != null) {
                        again.add(reassigned);
                    } else {
                        results.put(w.key(), WriteResult.refused(w.key(), reason));
                    }
                }
                pending = again;
            }
        }
    }

    private static Map<String, String> namedBy(CrmException e, List<CrmWrite> writes) {
        if (e.kind() != CrmException.Kind.FAIL_FAST || !(e.getCause() instanceof CallFailure f) || f.answer() == null) {
            return Map.of();
        }
        try {
            JsonNode error = JSON.readTree(f.answer());
            return error == null ? Map.of() : BatchAnswers.named(writes, error);
        } catch (IOException notJson) {
            return Map.of();
        }
    }

    /** The write again with the fallback owner, when HubSpot refused its owner and a fallback differs. */
    private CrmWrite withFallbackOwner(CrmWrite write, String reason) {
        String fallback = settings.fallbackOwner();
        boolean owner = reason.contains("hubspot_owner_id") || reason.toLowerCase().contains("owner");
        if (!owner || fallback == null || fallback.isBlank()) {
            return null;
        }
        if (write instanceof CrmWrite.Task t && !fallback.equals(t.ownerId())) {
            return new CrmWrite.Task(t.dealId(), t.key(), t.taskKind(), fallback, t.due(), t.priority(), t.subject(), t.body());
        }
        if (write instanceof CrmWrite.Note n && !fallback.equals(n.ownerId())) {
            return new CrmWrite.Note(n.dealId(), n.key(), fallback, n.timestamp(), n.body());
        }
        return null;
    }

    @Override
    public Map<String, String> findCreated(Collection<CrmWrite> creates, ApiCalls calls) {
        Map<String, CrmWrite> byKey = new LinkedHashMap<>();
        creates.stream().filter(w -> w.kind().creates() && w.kind() != WriteKind.OWNER_TASK && !(w instanceof CrmWrite.CustomerWrite))
                .forEach(w -> byKey.put(w.key(), w));
        Map<String, CrmWrite.CustomerWrite> onCustomers = new LinkedHashMap<>();
        creates.stream().filter(w -> w.kind().creates() && w instanceof CrmWrite.CustomerWrite).map(w -> (CrmWrite.CustomerWrite) w)
                .forEach(w -> onCustomers.put(w.key(), w));
        List<CrmWrite.OwnerTask> ownerTasks = creates.stream().filter(w -> w instanceof CrmWrite.OwnerTask)
                .map(w -> (CrmWrite.OwnerTask) w).toList();
        Map<String, String> found = new HashMap<>();
        if (!ownerTasks.isEmpty()) {
            found.putAll(new OwnerTaskSearch(http, settings.apiVersion()).find(ownerTasks, knownSchema(calls).keyProperty(), calls));
        }
        if (!onCustomers.isEmpty()) {
            // a customer's notes and tasks hang on its company: read through the company's associations, as a deal's are
            List<String> companies = onCustomers.values().stream().map(CrmWrite.CustomerWrite::customerId).distinct().toList();
            engagements.ownRecords("companies", companies, onCustomers.values().stream().anyMatch(w -> w.kind() == WriteKind.CUSTOMER_NOTE),
                    onCustomers.values().stream().anyMatch(w -> w.kind() == WriteKind.CUSTOMER_TASK), calls).forEach((key, id) -> {
                if (onCustomers.containsKey(key)) {
                    found.put(key, id);
                }
            });
        }
        if (byKey.isEmpty()) {
            return found;
        }
        List<String> deals = byKey.values().stream().map(CrmWrite::dealId).distinct().toList();
        boolean notes = byKey.values().stream().anyMatch(w -> w.kind() == WriteKind.NOTE);
        boolean tasks = byKey.values().stream().anyMatch(w -> w.kind() == WriteKind.TASK);
        engagements.ownRecords("deals", deals, notes, tasks, calls).forEach((key, id) -> {
            if (byKey.containsKey(key)) {
                found.put(key, id);
            }
        });
        return found;
    }

    /** The deals' calls, meetings, emails and tasks, all of them: the report keeps those of the quarter. */
    @Override
    public Map<String, List<dev.dealfocus.core.eaters.EffortActivity>> effort(Collection<String> dealIds, Instant from, Instant to,
                                                                             ApiCalls calls) {
        return effort.read(dealIds, calls);
    }

    @Override
    public Map<String, dev.dealfocus.core.eaters.HoursSpent> hoursSpent(Collection<String> dealIds, String property, Instant from,
                                                                       Instant to, ApiCalls calls) {
        return effort.hoursSpent(dealIds, property, from, to, calls);
    }

    /**
     * Companies in the customer lifecycle stage, 200 a search; only once a sign is mapped. Signs counted from tickets and
     * invoices are read with the first page, for the whole portal, and applied to every page of the assessment.
     */
    @Override
    public dev.dealfocus.core.customer.CustomerSource.Page readCustomers(String cursor, ApiCalls calls) {
        if (cursor == null || customerRecords == null) {
            customerRecords = new HubSpotCustomerRecords(http, associations, settings.apiVersion(), clock)
                    .read(settings.customers().records(), calls);
        }
        return customerRecords.apply(new HubSpotCustomers(http, settings.apiVersion(), settings.customers(), settings.zone())
                .read(cursor, calls));
    }

    @Override
    public boolean readsCustomers() {
        return settings.customers().anySign();
    }

    /** Once the setup gave companies DealFocus's four customer fields (read with the schema at a run's start). */
    @Override
    public boolean writesCustomers() {
        HubSpotSchema known = schema;
        return readsCustomers() && known != null && known.customerFields();
    }

    /** A task on no deal is found by a search, whose index lags behind a create. */
    @Override
    public java.time.Duration searchLag() {
        return OwnerTaskSearch.LAG;
    }

    /** Through the date-versioned associations batch read (1,000 records a call): engagement to deals. */
    @Override
    public Map<String, List<String>> dealsOf(String objectType, Collection<String> ids, ApiCalls calls) {
        return ids.isEmpty() ? Map.of() : associations.read(objectType, "deals", ids, calls);
    }

    /** What HubSpot said of the account's daily usage last (headers or the usage endpoint), or {@code null}. */
    @Override
    public DailyAllowance.Usage dailyUsage() {
        return http.dailyUsage();
    }

    /** One call: the account details, which any valid token may read. */
    @Override
    public void ping(ApiCalls calls) {
        http.send(Lane.GENERAL, "check that HubSpot answers", calls, api -> api.account(settings.apiVersion()));
    }

    /** The setup of this portal ({@code POST /api/setup/hubspot}); what it creates is read here at once. */
    public HubSpotSetup setup() {
        return new HubSpotSetup(http, settings.apiVersion(), settings.fieldProperties(), settings.customers(),
                c -> portal(c).id(), s -> schema = s);
    }

    private HubSpotWriter writer(ApiCalls calls) {
        return new HubSpotWriter(http, settings.apiVersion(), new WriteBodies(settings.fieldProperties(),
                knownSchema(calls).keyProperty(), settings.zone(), settings.taskDueTime()));
    }

    private HubSpotSchema knownSchema(ApiCalls calls) {
        HubSpotSchema known = schema;
        if (known == null) {
            readSchema(calls);
            known = schema;
        }
        return known;
    }

    private DealMapper.Context context(ApiCalls calls) {
        HubSpotDirectory.Portal p = portal(calls);
        return new DealMapper.Context(owners(calls), p.companyCurrency(), settings.zone(), settings.fieldProperties());
    }

    private HubSpotDirectory.Portal portal(ApiCalls calls) {
        HubSpotDirectory.Portal known = portal;
        if (known == null) {
            known = directory.portal(calls);
            portal = known; // a token belongs to one portal for the life of the process
        }
        return known;
    }

    private Map<String, HubSpotDirectory.Owner> owners(ApiCalls calls) {
        Owners known = owners;
        if (known == null || !clock.instant().isBefore(known.readAt().plus(settings.directoryFor()))) {
            known = new Owners(directory.owners(calls), clock.instant());
            owners = known;
        }
        return known.byId();
    }
}
