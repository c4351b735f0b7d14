package dev.dealfocus.ops;

import dev.dealfocus.config.CustomerSettings;
import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.customer.CustomerAction;
import dev.dealfocus.core.customer.CustomerAssessor;
import dev.dealfocus.core.customer.CustomerDecision;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerSource;
import dev.dealfocus.core.customer.CustomerStore;
import dev.dealfocus.core.customer.Goal;
import dev.dealfocus.core.customer.HealthPolicy;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.customer.Remediation;
import dev.dealfocus.core.customer.Signal;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.sync.OwnerTaskSource;
import dev.dealfocus.render.CustomerTexts;
import dev.dealfocus.render.Templates;
import dev.dealfocus.render.Wording;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Existing customers in the run (issue 14): after the deals' writes, every applied scan assesses the customers (where
 * the CRM knows them and {@code dealfocus.customers.enabled}), stores the decisions, and plans their writes like any
 * other: the light and its reasons, the remediation's end and goals as fields where the CRM does not show the
 * decided light yet, and each owed note and task once, by its key (rendered only when not written yet). Dry and held
 * runs, change-event runs and recommend-only setups assess no customer. One summary line per assessment.
 */
@ApplicationScoped
public class CustomerTasks implements OwnerTaskSource {
    private final CustomerAssessor assessor;
    private final WriteIntents intents;
    private final CustomerTexts texts;
    private final Policy policy;
    private final Clock clock;
    private final java.math.BigDecimal assessorCap;
    /** Asked at each assessment whether it takes customer writes (HubSpot knows once its schema is read). */
    private final CrmGateway crm;
    private final boolean ownSchedule;

    public CustomerTasks(CrmGateway crm, CustomerStore store, WriteIntents intents, Policy policy, Clock clock, DealFocusConfig config) {
        HealthPolicy health = CustomerSettings.healthPolicy(config);
        this.assessorCap = config.customers().safetyCap();
        int cadence = config.customers().reviewCadenceDays();
        this.crm = crm;
        this.ownSchedule = config.customers().cron().isPresent();
        this.assessor = config.customers().enabled() && crm instanceof CustomerSource source && source.readsCustomers()
                ? new CustomerAssessor(source, store, new CustomerDecisions(health, cadence), clock, policy.timeZone(),
                config.customers().safetyCap()) : null;
        this.intents = intents;
        this.texts = assessor == null ? null
                : new CustomerTexts(Templates.engine(), new Wording(config.locale()), crm.capabilities(), health, cadence);
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<Intent> owed(LocalDate today, dev.dealfocus.core.port.Trigger trigger, boolean eventRun, boolean confirmed, String runId,
                             ApiCalls calls) {
        if (assessor == null || !assesses(trigger, eventRun) || policy.recommendOnly()) {
            return List.of();
        }
        List<Intent> out = new ArrayList<>();
        CustomerAssessor.Summary s;
        // else decisions are only stored and shown in the API
        boolean writes = crm instanceof CustomerSource source && source.writesCustomers();
        try {
            s = assessor.assess(false, confirmed, (customers, decisions) -> writes ? plan(customers, decisions, today, runId, out)
                    : Set.of(), calls);
        } catch (dev.dealfocus.core.port.CrmException e) {
            // the deals' run stands: customers are read again by the next scan
            Log.warnf("customers not assessed: %s", e.getMessage());
            return List.of();
        }
        if (s.heldByCap()) {
            Log.warnf("customers held: %d of %d lights would change (%d with the last 24 hours' unconfirmed changes), over"
                    + " dealfocus.customers.safety-cap %s; nothing stored or written; check the signal mapping, then confirm a run"
                    + " (POST /api/runs?confirm=true)", s.changed(), s.read(), s.changedInDay(), assessorCap);
        } else {
            Log.infof("customers assessed: read=%d by-light=%s unknown=%d light-changes=%d held-by-hand=%d writes=%d api-calls=%d",
                    s.read(), s.byLight(), s.unknown(), s.changed(), s.heldByHand(), out.size(), s.apiCalls());
        }
        return out;
    }

    /**
     * Without an own schedule, every scan of the pipeline assesses the customers; with one ({@code dealfocus.customers.cron}),
     * its runs do and a person's run ({@code POST /api/runs}, the way to confirm a held assessment) does, scheduled deal
     * scans do not. Change-event runs never do.
     */
    private boolean assesses(dev.dealfocus.core.port.Trigger trigger, boolean eventRun) {
        if (trigger == dev.dealfocus.core.port.Trigger.CUSTOMERS) {
            return true;
        }
        return !eventRun && (!ownSchedule || trigger == dev.dealfocus.core.port.Trigger.MANUAL);
    }

    /** A page's writes; answers the customers whose light is written. */
    private Set<String> plan(List<CustomerFacts> customers, List<CustomerDecision> decisions, LocalDate today, String runId,
                             List<Intent> out) {
        Map<String, CustomerFacts> byId = new LinkedHashMap<>();
        customers.forEach(c -> byId.put(c.id(), c));
        Set<String> lightWritten = new HashSet<>();
        Map<String, CrmWrite.CustomerFields> fields = new LinkedHashMap<>();
        decisions.stream().filter(d -> d.light() != null).forEach(d -> fields.put(d.customerId(), fields(d)));
        List<String> keys = new ArrayList<>(decisions.stream().flatMap(d -> d.actions().stream()).map(CustomerAction::key).toList());
        fields.values().forEach(f -> keys.add(f.key()));
        Map<String, Intent.State> states = intents.states(keys);
        for (CustomerDecision d : decisions) {
            CustomerFacts c = byId.get(d.customerId());
            CrmWrite.CustomerFields f = fields.get(d.customerId());
            // the light where the CRM shows another; and while YELLOW or RED, the reasons and goals once each time they change
            // (the key hashes the values); a GREEN shown as GREEN has nothing to say
            boolean changed = f != null && (d.light() != c.shownLight() || d.light() != Light.GREEN && Intent.stillOwed(states.get(f.key())));
            if (changed) {
                out.add(Intent.planned(f, null, null, null, null, null, runId));
                lightWritten.add(d.customerId());
            }
            for (CustomerAction a : d.actions()) {
                Intent.State state = states.get(a.key());
                if (!Intent.stillOwed(state)) {
                    continue; // written, being sent, or refused
                }
                CustomerTexts.Text t = texts.render(a, c.name(), d, today);
                CrmWrite write = a.due() == null
                        ? new CrmWrite.CustomerNote(c.id(), a.key(), c.ownerId(), clock.instant(), t.full())
                        : new CrmWrite.CustomerTask(c.id(), a.key(), c.ownerId(), a.due(), t.subject(), t.body());
                out.add(Intent.planned(write, null, null, null, null, null, runId));
            }
        }
        return lightWritten;
    }

    /** The light, the signs that made it, and the remediation's end and goals, as DealFocus's fields. */
    private CrmWrite.CustomerFields fields(CustomerDecision d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("health", d.light().name());
        // the signs that set the light; unknown ones are named in the notes and the API, not as a reason
        f.put("health_reasons", d.health().signals().stream().filter(s -> s.level() == Signal.Level.YELLOW || s.level() == Signal.Level.RED)
                .map(s -> s.kind() + " " + s.level()).collect(Collectors.joining(", ")));
        Remediation r = d.memory().remediation();
        f.put("remediation_until", r == null ? "" : r.endReviewOn().toString());
        f.put("remediation_goals", r == null ? "" : r.goals().stream().map(Goal::code).map(Enum::name).collect(Collectors.joining(", ")));
        return new CrmWrite.CustomerFields(d.customerId(), Keys.of("customer-fields", d.customerId(), f), f);
    }
}
