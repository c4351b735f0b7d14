package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Prepares a portal for DealFocus ({@code POST /api/setup/hubspot}, docs/hubspot.md): checks the
 * token's scopes, creates the DealFocus property group and the deal properties the configuration
 * names, and the {@code dealfocus_key} property on notes and tasks where HubSpot allows it. It is
 * idempotent: what exists is reported, never changed, and a property that exists with another type
 * or without a configured option is named so a person can decide.
 *
 * <p>Scopes are checked without writing anything: a static app token carries no metadata HubSpot
 * will show without the app's client secret (the introspection endpoint of the spec's OAuth API
 * takes {@code client_id} and {@code client_secret}), so each scope is probed with a request that
 * touches no record (a batch read or update of no inputs, an owners page of one) and a 403
 * {@code MISSING_SCOPES} answer names what is missing.
 */
public final class HubSpotSetup {
    static final String GROUP = "dealfocus";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A deal property the configuration needs; {@code options} for dropdowns, value to label. */
    public record Property(String name, String label, Type type, Map<String, String> options, String description) {
        public Property {
            Objects.requireNonNull(name, "name");
            // in the order given: HubSpot shows the options as listed
            options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /** The kinds of property DealFocus uses, as HubSpot's {@code type} and {@code fieldType}. */
    public enum Type {
        DROPDOWN("enumeration", "select"), NUMBER("number", "number"), TEXT("string", "textarea"), DATE("date", "date"),
        DATETIME("datetime", "date"), CHECKBOX("bool", "booleancheckbox");

        final String type;
        final String fieldType;

        Type(String type, String fieldType) {
            this.type = type;
            this.fieldType = fieldType;
        }
    }

    /**
     * What the setup did or, on a dry run, would do.
     *
     * @param created        properties and groups created (on a dry run: that would be created)
     * @param existed        what was there already and was left as it is
     * @param differs        existing properties that do not match what DealFocus needs, and how
     * @param missingScopes  scopes the app lacks, each with what it is needed for
     * @param keyTravels     where a note's or task's idempotency key travels: {@code property} or {@code body}
     * @param notes          what the setup could not check or do, and why
     */
    public record Report(String portalId, boolean dryRun, List<String> created, List<String> existed, List<String> differs,
                         List<String> missingScopes, String keyTravels, List<String> notes) {
    }

    /** A scope and a request that needs it but touches no record. */
    private record Probe(String scope, String neededFor, Function<HubSpotApi, jakarta.ws.rs.core.Response> request) {
    }

    private final HubSpotHttp http;
    private final String version;
    private final Function<ApiCalls, String> portalId;
    private final Consumer<HubSpotSchema> learnt;
    private final Map<DealField, String> fieldProperties;
    /** Whether customers are assessed: then companies get DealFocus's customer fields and the scopes are checked. */
    private final boolean customers;
    /** The customer signs counted from tickets and invoices, whose scopes are checked too. */
    private final dev.dealfocus.crm.shared.CustomerRecords.Settings records;

    HubSpotSetup(HubSpotHttp http, String version, Map<DealField, String> fieldProperties,
                 dev.dealfocus.crm.shared.CustomerProperties customers, Function<ApiCalls, String> portalId,
                 Consumer<HubSpotSchema> learnt) {
        this.fieldProperties = fieldProperties;
        this.customers = customers.anySign();
        this.records = customers.records();
        this.http = http;
        this.version = version;
        this.portalId = portalId;
        this.learnt = learnt;
    }

    /** DealFocus's own deal fields (docs/deal-fields.md), which the adapter writes, with HubSpot types. */
    static List<Property> ownFields(Map<DealField, String> fieldProperties) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            statuses.put(s.name(), s.name().charAt(0) + s.name().substring(1).toLowerCase());
        }
        List<Property> fields = new ArrayList<>();
        for (DealField f : DealField.values()) {
            String name = fieldProperties.getOrDefault(f, f.property());
            fields.add(switch (f) {
                case SCORE -> new Property(name, "DealFocus score", Type.NUMBER, null, "Qualification score 0-100, set by DealFocus.");
                case STATUS -> new Property(name, "DealFocus status", Type.DROPDOWN, statuses, "Pursuit status, set by DealFocus.");
                case REASONS -> new Property(name, "DealFocus reasons", Type.TEXT, null, "Why DealFocus decided as it did (reason codes).");
                case EXPIRES_ON -> new Property(name, "DealFocus expires on", Type.DATE, null, "Last day the deal is kept without a dated next step.");
                case RECOMMENDED_STATUS -> new Property(name, "DealFocus recommended status", Type.DROPDOWN, statuses,
                        "The status DealFocus recommends (recommend-only mode).");
                case VALUE_PER_HOUR -> new Property(name, "DealFocus value per hour", Type.NUMBER, null, "Expected margin per remaining hour.");
                case DECIDED_AT -> new Property(name, "DealFocus decided at", Type.DATETIME, null, "When DealFocus last changed the status.");
                case OWN_TASK_DUE -> new Property(name, "DealFocus task due", Type.DATE, null, "Due day of DealFocus's open task on the deal.");
                case OWN_ACTIVITY_AT -> new Property(name, "DealFocus activity at", Type.DATETIME, null, "When DealFocus last wrote a note or task.");
            });
        }
        return fields;
    }

    /** DealFocus's fields on a customer's company (issue 14, docs/customers.md). */
    static List<Property> customerFields() {
        Map<String, String> lights = new LinkedHashMap<>();
        for (dev.dealfocus.core.customer.Light l : dev.dealfocus.core.customer.Light.values()) {
            lights.put(l.name(), l.name().charAt(0) + l.name().substring(1).toLowerCase());
        }
        String p = WriteBodies.CUSTOMER_PREFIX;
        return List.of(
                new Property(p + "health", "DealFocus health", Type.DROPDOWN, lights, "The customer's traffic light, set by DealFocus."),
                new Property(p + "health_reasons", "DealFocus health reasons", Type.TEXT, null, "The signs that are not fine."),
                new Property(p + "remediation_until", "DealFocus remediation until", Type.DATE, null,
                        "The end review of the remediation phase, if one runs."),
                new Property(p + "remediation_goals", "DealFocus remediation goals", Type.TEXT, null,
                        "The remediation's measurable goals, if one runs."));
    }

    /**
     * Checks, then creates what is missing unless {@code dryRun}: DealFocus's own fields and the
     * {@code properties} the configuration maps (rep-entered answers, evidence, flags).
     */
    public Report run(List<Property> mapped, boolean dryRun, ApiCalls calls) {
        Map<String, Property> byName = new LinkedHashMap<>();
        ownFields(fieldProperties).forEach(p -> byName.put(p.name(), p));
        mapped.forEach(p -> byName.putIfAbsent(p.name(), p));
        List<Property> properties = List.copyOf(byName.values());
        String portal = portalId.apply(calls);
        List<String> missing = new ArrayList<>(scopes(calls));
        List<String> created = new ArrayList<>();
        List<String> existed = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Outcome outcome = new Outcome(created, existed, differs, missing, notes);
        boolean schemaWrite = ensure("deals", properties, dryRun, outcome, calls);
        if (customers) {
            schemaWrite &= ensure("companies", customerFields(), dryRun, outcome, calls);
        }
        String keyTravels = keyProperty("notes", dryRun, created, existed, calls) & keyProperty("tasks", dryRun, created, existed, calls)
                ? "property" : "body";
        if (!dryRun) {
            learnt.accept(HubSpotSchema.read(http, version, customers, calls));
        }
        if (!schemaWrite && !dryRun) {
            created.clear(); // nothing could be created; the report names the scope instead
        }
        return new Report(portal, dryRun, created, existed, differs, missing, keyTravels, notes);
    }

    /** What a setup found and did, filled as it goes. */
    private record Outcome(List<String> created, List<String> existed, List<String> differs, List<String> missing, List<String> notes) {
    }

    /**
     * The DealFocus property group and properties on one object type, created where missing unless {@code dryRun};
     * answers whether the token may write that type's schema.
     */
    private boolean ensure(String objectType, List<Property> properties, boolean dryRun, Outcome out, ApiCalls calls) {
        String singular = objectType.equals("companies") ? "company" : objectType.substring(0, objectType.length() - 1);
        Map<String, JsonNode> existingProperties = HubSpotSchema.properties(http, version, objectType, calls);
        boolean groupExists = groups(objectType, calls).contains(GROUP);
        HubSpotHttp.Answer group = null;
        String scope = "crm.schemas." + objectType + ".write";
        if (groupExists || !dryRun) {
            // creating the group proves the schema scope; where it exists HubSpot answers 409 and nothing changes
            group = http.probe("create the " + singular + " property group " + GROUP, calls,
                    api -> api.createPropertyGroup(version, objectType, group()));
        } else {
            out.notes().add(scope + " is checked by the real setup only: checking it would create the property group");
        }
        boolean schemaWrite = group == null || group.status() != 403;
        if (!schemaWrite) {
            out.missing().add(scope + " (to create DealFocus's " + singular + " properties)");
        }
        (groupExists ? out.existed() : out.created()).add(singular + " property group " + GROUP);
        for (Property p : properties) {
            JsonNode existing = existingProperties.get(p.name());
            if (existing != null) {
                out.existed().add(singular + " property " + p.name());
                difference(singular, p, existing).ifPresent(out.differs()::add);
            } else if (!p.name().startsWith("dealfocus_")) {
                // a property of the portal's own that a mapping names: the portal's to create, not DealFocus's
                out.notes().add(singular + " property " + p.name() + " is mapped but does not exist: create it in HubSpot or change the mapping");
            } else {
                if (!dryRun && schemaWrite) {
                    create(objectType, null, definition(p), calls);
                }
                out.created().add(singular + " property " + p.name());
            }
        }
        return schemaWrite;
    }

    /** Each scope DealFocus needs, probed without touching a record; the missing ones with their use. */
    private List<String> scopes(ApiCalls calls) {
        ObjectNode noInputs = NODES.objectNode();
        noInputs.putArray("inputs");
        ObjectNode noReads = noInputs.deepCopy();
        noReads.putArray("properties");
        noReads.putArray("propertiesWithHistory");
        List<Probe> probes = List.of(
                new Probe("crm.objects.deals.read", "read deals", api -> api.batchRead(version, "deals", false, noReads)),
                new Probe("crm.objects.deals.write", "write DealFocus's deal fields", api -> api.batchUpdate(version, "deals", noInputs)),
                new Probe("crm.objects.contacts.read", "read contacts, notes, tasks and meetings",
                        api -> api.batchRead(version, "contacts", false, noReads)),
                new Probe("crm.objects.contacts.write", "create notes and tasks", api -> api.batchUpdate(version, "tasks", noInputs)),
                new Probe("crm.objects.companies.read", "read the deals' companies", api -> api.batchRead(version, "companies", false, noReads)),
                new Probe("crm.objects.owners.read", "read owners and their teams", api -> api.owners(version, 1, null, false)),
                new Probe("oauth", "read the account details and API usage", api -> api.account(version)));
        if (customers) {
            probes = new ArrayList<>(probes);
            probes.add(new Probe("crm.objects.companies.write", "write the customers' health fields",
                    api -> api.batchUpdate(version, "companies", noInputs)));
        }
        if (records.escalations() || records.changeCategory() != null) {
            probes.add(new Probe("tickets", "count escalations and change requests from tickets",
                    api -> api.batchRead(version, "tickets", false, noReads)));
        }
        if (records.invoices()) {
            probes.add(new Probe("crm.objects.invoices.read", "read the customers' open invoices",
                    api -> api.batchRead(version, "invoices", false, noReads)));
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Probe probe : probes) {
            HubSpotHttp.Answer answer = http.probe("check the scope " + probe.scope(), calls, probe.request());
            if (answer.status() == 403) {
                List<String> named = new ArrayList<>();
                answer.body().path("errors").forEach(e -> e.path("context").path("requiredGranularScopes").forEach(s -> named.add(s.asText())));
                answer.body().path("context").path("missingScopes").forEach(s -> named.add(s.asText()));
                String scopes = named.isEmpty() ? probe.scope() : String.join(", ", named.stream().distinct().toList());
                missing.add(scopes + " (to " + probe.neededFor() + ")");
            }
        }
        return List.copyOf(missing);
    }

    /** The names of an object type's property groups. */
    private List<String> groups(String objectType, ApiCalls calls) {
        HubSpotHttp.Answer answer = http.probe("read the " + objectType + " property groups", calls,
                api -> api.propertyGroups(version, objectType));
        List<String> names = new ArrayList<>();
        answer.body().path("results").forEach(g -> names.add(g.path("name").asText()));
        return names;
    }

    /** Whether notes or tasks have {@code dealfocus_key} now (created here if HubSpot allows). */
    private boolean keyProperty(String objectType, boolean dryRun, List<String> created, List<String> existed, ApiCalls calls) {
        String what = objectType.substring(0, objectType.length() - 1) + " property " + WriteBodies.KEY_PROPERTY;
        if (HubSpotSchema.properties(http, version, objectType, calls).containsKey(WriteBodies.KEY_PROPERTY)) {
            existed.add(what);
            return true;
        }
        if (dryRun) {
            return false; // whether HubSpot takes it is learnt only by asking; the dry run reports the body marker
        }
        ObjectNode key = definition(new Property(WriteBodies.KEY_PROPERTY, "DealFocus key", Type.TEXT, Map.of(),
                "Set by DealFocus so it never writes this record twice."));
        key.put("fieldType", "text");
        List<String> groups = groups(objectType, calls);
        if (groups.isEmpty()) {
            return false;
        }
        key.put("groupName", groups.contains(GROUP) ? GROUP : groups.get(0));
        HubSpotHttp.Answer answer = http.probe("create the " + what, calls, api -> api.createProperty(version, objectType, key));
        if (answer.status() == 201 || answer.status() == 200) {
            created.add(what);
            return true;
        }
        return false;
    }

    private void create(String objectType, String groups, ObjectNode body, ApiCalls calls) {
        HubSpotHttp.Answer answer = http.probe("create " + body.path("name").asText(), calls,
                api -> groups == null ? api.createProperty(version, objectType, body) : api.createPropertyGroup(version, objectType, body));
        if (answer.status() >= 400 && answer.status() != 409) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "HubSpot refused to create " + body.path("name").asText() + " ("
                    + answer.status() + "): " + answer.body().path("message").asText(""));
        }
    }

    private static ObjectNode group() {
        return NODES.objectNode().put("name", GROUP).put("label", "DealFocus").put("displayOrder", -1);
    }

    /** Spec {@code PropertyCreate}: name, label, type, fieldType, groupName; options as {@code OptionInput}. */
    static ObjectNode definition(Property p) {
        ObjectNode body = NODES.objectNode().put("name", p.name()).put("label", p.label() == null ? p.name() : p.label())
                .put("type", p.type().type).put("fieldType", p.type().fieldType).put("groupName", GROUP);
        if (p.description() != null) {
            body.put("description", p.description());
        }
        Map<String, String> options = new LinkedHashMap<>(p.options());
        if (p.type() == Type.CHECKBOX) {
            options.put("true", "Yes");
            options.put("false", "No");
        }
        if (!options.isEmpty()) {
            int order = 0;
            for (String value : options.keySet()) {
                body.withArray("options").addObject().put("label", options.get(value)).put("value", value)
                        .put("displayOrder", order++).put("hidden", false);
            }
        }
        return body;
    }

    /** How an existing property differs from what DealFocus needs, if it does. */
    private static java.util.Optional<String> difference(String singular, Property p, JsonNode existing) {
        List<String> problems = new ArrayList<>();
        if (!p.type().type.equals(existing.path("type").asText())) {
            problems.add("its type is " + existing.path("type").asText() + ", DealFocus writes " + p.type().type);
        }
        if (p.type() == Type.DROPDOWN) {
            Set<String> values = new LinkedHashSet<>();
            existing.path("options").forEach(o -> values.add(o.path("value").asText()));
            List<String> absent = p.options().keySet().stream().filter(v -> !values.contains(v)).sorted().toList();
            if (!absent.isEmpty()) {
                problems.add("it lacks the option" + (absent.size() == 1 ? " " : "s ") + String.join(", ", absent));
            }
        }
        return problems.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(singular + " property " + p.name() + ": " + String.join("; ", problems) + " (left unchanged)");
    }
}
