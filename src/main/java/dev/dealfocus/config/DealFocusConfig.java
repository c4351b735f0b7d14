package dev.dealfocus.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every DealFocus setting, {@code dealfocus.*}. docs/configuration.md lists each key with its default. */
@ConfigMapping(prefix = "dealfocus")
public interface DealFocusConfig {

    Crm crm();

    /** Days, "today" and due dates are reckoned in this zone, e.g. Europe/Berlin. */
    @WithName("time-zone")
    @WithDefault("UTC")
    String timeZone();

    /** Language of notes, tasks and exit drafts: en or de. */
    @WithDefault("en")
    String locale();

    /** Whether DealFocus may set CLOSED itself; otherwise it records CLOSE_RECOMMENDED. */
    @WithDefault("false")
    boolean autoClose();

    /** Write score and a recommended status only; never status, stage, notes or tasks. */
    @WithDefault("false")
    boolean recommendOnly();

    /**
     * Largest share of the managed deals whose status may change within a rolling 24 hours before a run
     * waits for confirmation.
     */
    @WithDefault("0.20")
    BigDecimal safetyCap();

    /**
     * Where people reach this service (https://dealfocus.example.com), for the link in the weekly review task;
     * unset: the task names the API path only.
     */
    Optional<String> publicUrl();

    /** Who gets the tasks of deals without an owner (a CRM user id); unset: such deals get no tasks. */
    Optional<String> fallbackOwner();

    Qualification qualification();

    Bands bands();

    Expiry expiry();

    /**
     * CRM stage to set per status (active, nurture, parked, closed); none by default. Keys {@code order.<pipeline>}
     * give a pipeline's stage order (comma-separated, first to last) for the time-eater list instead.
     */
    Map<String, String> stages();

    /** Per-pipeline overrides of bands, expiry and stages, by pipeline id. */
    Map<String, Pipeline> pipelines();

    /** Where each dimension's points come from, by dimension: problem, decision-maker, timeline, budget, fit. */
    Map<String, DimensionSource> dimensions();

    Signals signals();

    Value value();

    Scope scope();

    Tasks tasks();

    Reengage reengage();

    Calendar calendar();

    Schedule schedule();

    /** Several replicas on one database (docs/deploy.md). */
    Replicas replicas();

    interface Replicas {
        /**
         * How long the runs' lease outlives its last heartbeat (beats come every third of it): a replica that dies
         * mid-run frees it after this long, and the next run settles what it left.
         */
        @WithDefault("30s")
        Duration leaseTtl();

        /**
         * The rollout this process belongs to (the Deployment's pod-template hash, set by deploy/kubernetes): the run at
         * start ({@code dealfocus.schedule.run-at-start}) runs once per rollout, not once per pod. Unset: every start is its
         * own rollout.
         */
        Optional<String> rolloutId();
    }

    Sync sync();

    Api api();

    Demo demo();

    Hubspot hubspot();

    Salesforce salesforce();

    Webhooks webhooks();

    Review review();

    TimeEaters timeEaters();

    /** The quarterly time-eater list (docs/reviews.md). */
    interface TimeEaters {
        /** The month the fiscal year starts in; quarters count from it. */
        @WithDefault("JANUARY")
        java.time.Month fiscalYearStart();

        /** Minutes an activity counts where the CRM has no real duration. */
        Minutes minutes();

        /**
         * A deal property where a team tracks the hours spent so far (not the remaining-hours property of value
         * per hour): its increase over the quarter is the effort, instead of the activities.
         */
        Optional<String> hoursSpentProperty();

        /** Per team key (as the runs use it), the CRM owner id of the lead who gets the team's list as a task. */
        Map<String, String> leads();
    }

    interface Minutes {
        @WithDefault("15")
        int call();

        @WithDefault("60")
        int meeting();

        @WithDefault("5")
        int email();

        @WithDefault("10")
        int task();
    }

    /** Existing customers' traffic light (docs/customers.md). */
    Customers customers();

    interface Customers {
        /** Whether runs assess existing customers where the CRM knows them. */
        @WithDefault("true")
        boolean enabled();

        /** The length of a RED customer's remediation phase in weeks, 6-8. */
        @WithDefault("6")
        int remediationWeeks();

        /** Days between a YELLOW customer's review meetings. */
        @WithDefault("14")
        int reviewCadenceDays();

        /**
         * A customer-success owner field on the customer record (holding a CRM owner id): where it names someone,
         * notes and tasks go to them instead of the account owner.
         */
        Optional<String> successOwnerProperty();

        /**
         * The customers' own schedule (a Quartz cron, in {@code dealfocus.time-zone}); unset: they are assessed in the deals'
         * scans. With it, scheduled deal scans leave customers alone; runs a person starts still assess them.
         */
        Optional<String> cron();

        /** The largest share of customers whose light may change in one assessment before a run needs confirmation. */
        @WithDefault("0.20")
        BigDecimal safetyCap();

        CustomerSignals signals();
    }

    interface CustomerSignals {
        /** Days without visible use after which usage is RED. */
        @WithName("usage.red-days")
        @WithDefault("30")
        int usageRedDays();

        /** Days an invoice may be overdue before payment is RED (1 to this many: YELLOW). */
        @WithName("payment.red-days")
        @WithDefault("30")
        int paymentRedDays();

        /** Change requests in 90 days from which a customer is YELLOW. */
        @WithName("change-requests.yellow-count")
        @WithDefault("3")
        int changeRequestsYellow();

        /** The customer record's property (HubSpot company, Salesforce Account) with the date of the last visible use. */
        @WithName("usage.property")
        Optional<String> usageProperty();

        /** A property with a usage score (a number), read where no last-use date is mapped or known. */
        @WithName("usage.score-property")
        Optional<String> usageScoreProperty();

        /** The usage score below which usage is RED; required with the score property. */
        @WithName("usage.score-min")
        Optional<java.math.BigDecimal> usageScoreMin();

        /** The property with the due date of the oldest unpaid invoice (empty: nothing unpaid). */
        @WithName("payment.property")
        Optional<String> paymentProperty();

        /** The property with the number of escalations in the last 30 days. */
        @WithName("escalations.property")
        Optional<String> escalationsProperty();

        /** The property with the number of change requests in the last 90 days. */
        @WithName("change-requests.property")
        Optional<String> changeRequestsProperty();

        /** The property with delays (a number, or true/false). */
        @WithName("delays.property")
        Optional<String> delaysProperty();

        /** Count escalations from records: HubSpot tickets, Salesforce Cases, created in the last 30 days. */
        @WithName("escalations.from-records")
        @WithDefault("false")
        boolean escalationsFromRecords();

        /**
         * The priorities that make a ticket or Case an escalation; unset: HubSpot HIGH and URGENT, on Salesforce
         * {@code IsEscalated} alone.
         */
        @WithName("escalations.priorities")
        Optional<List<String>> escalationPriorities();

        /** The ticket category (HubSpot {@code hs_ticket_category}) or Case Type (Salesforce) that marks a change request. */
        @WithName("change-requests.record-category")
        Optional<String> changeRequestCategory();

        /** The oldest unpaid invoice from HubSpot's invoice object (Sales Cloud has none: map a property there). */
        @WithName("payment.from-invoices")
        @WithDefault("false")
        boolean paymentFromInvoices();
    }

    /** The weekly 15-minute review (docs/reviews.md). */
    interface Review {
        /** The smallest score change the review names under "what changed". */
        @WithDefault("10")
        int scoreMove();

        /** Whether each owner with open deals gets the weekly review as a CRM task. */
        @WithDefault("true")
        boolean enabled();

        /** The day the review task is due; the first run that applies on or after it writes the week's tasks. */
        @WithDefault("MONDAY")
        java.time.DayOfWeek weekday();
    }

    /** Processing CRM change events. */
    interface Webhooks {
        /** How often stored events are looked for (they are also processed right after they arrive). */
        @WithDefault("2s")
        Duration every();

        /** Events taken per pass. */
        @WithDefault("1000")
        int batch();
    }

    /** Which CRM to work on. */
    interface Crm {
        /** demo (embedded, the default), hubspot or salesforce. */
        @WithDefault("demo")
        String provider();

        /** How long the CRM health check reuses its last probe, so health requests spend no API budget. */
        @WithDefault("60s")
        Duration healthCache();

        /** How a failing CRM request is retried, for every real CRM (docs/reliability.md). */
        Retry retry();
    }

    /** Retries with backoff behind a circuit breaker. */
    interface Retry {
        /** Tries per request, the first included. */
        @WithDefault("5")
        int attempts();

        /** The wait after the first transient failure; it doubles up to max-backoff. */
        @WithDefault("1s")
        Duration firstBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** Consecutive transient failures, across requests, that open the circuit. */
        @WithDefault("5")
        int breakerThreshold();

        /** How long an open circuit refuses requests before one is let through again. */
        @WithDefault("60s")
        Duration breakerOpenFor();
    }

    /** New deals get time to be qualified. */
    interface Qualification {
        /** A deal younger than this many days is not parked or closed for its score or missing answers. */
        @WithDefault("14")
        int graceDays();
    }

    /** Score thresholds. */
    interface Bands {
        /** Score from which a deal is ACTIVE. */
        @WithDefault("70")
        int activeMin();

        /** Score from which a deal is NURTURE; below it PARKED. */
        @WithDefault("55")
        int nurtureMin();
    }

    /** No dated next step for this long: park (or close). */
    interface Expiry {
        @WithDefault("30")
        int days();

        /** park or close (close needs auto-close, else CLOSE_RECOMMENDED). */
        @WithDefault("park")
        String action();
    }

    /** A pipeline's own rules; unset keys fall back to the global ones. */
    interface Pipeline {
        Optional<Integer> activeMin();

        Optional<Integer> nurtureMin();

        Optional<Integer> expiryDays();

        Optional<String> expiryAction();

        Map<String, String> stages();
    }

    /** One dimension's sources: a rep-entered property and/or a derived rule. */
    interface DimensionSource {
        /** CRM property with the points (0-20) or an option mapped by {@link #options()}. */
        Optional<String> property();

        /** Option value to points, e.g. none=0, vague=10, confirmed=20; empty means the property holds points. */
        Map<String, Integer> options();

        /** CRM property with the rep's evidence sentence. */
        Optional<String> evidenceProperty();

        /** filled-property, timeline-from-close-date, decision-maker-from-roles or budget-from-amount. */
        Optional<String> derived();

        /** For filled-property: the property; for budget-from-amount: the "approved" checkbox. */
        Optional<String> derivedProperty();

        /** Points of a full answer from the derived rule. */
        @WithDefault("20")
        int fullPoints();

        /** Points of a partial answer: a pushed close date, an amount without approval. */
        @WithDefault("10")
        int partialPoints();

        /** For timeline-from-close-date: pushes of the close date tolerated before partial points. */
        @WithDefault("2")
        int maxPushes();

        /** For decision-maker-from-roles: buying role to points. */
        Map<String, Integer> roles();
    }

    /** Early-warning signals. */
    interface Signals {
        /** Days a signal must persist before it counts (0 = at once). */
        @WithDefault("14")
        int persistDays();

        /** Outreach attempts since the last meeting that raise signal 4. */
        @WithDefault("3")
        int outreachAttempts();

        /** Persistent signals that park a deal. */
        @WithDefault("2")
        int minPersistent();

        /** Rep-set checkbox per signal: no-problem, no-stable-contact, no-timeline, unanswered-outreach, price-pressure, special-requests. */
        Map<String, String> flags();
    }

    /** Value per hour. */
    interface Value {
        /** What the CRM's probability means by 100 %: 1 (HubSpot) or 100 (Salesforce). */
        @WithDefault("1")
        BigDecimal probabilityScale();

        /** Fallback win probability 0-1 per stage. */
        Map<String, BigDecimal> stageProbabilities();

        Optional<String> marginProperty();

        /** Margin as a share of the amount when there is no margin property value. */
        Optional<BigDecimal> marginRate();

        Optional<String> hoursProperty();

        /** Fallback remaining effort hours per stage. */
        Map<String, BigDecimal> defaultHours();

        @WithDefault("0.5")
        BigDecimal belowMedianFactor();

        @WithDefault("3")
        int minTeamDeals();
    }

    /** Which deals are assessed; empty lists mean all. */
    interface Scope {
        Optional<List<String>> pipelines();

        Optional<List<String>> owners();

        Optional<List<String>> teams();

        /** A deal checkbox that tells DealFocus to leave the deal alone. */
        @WithDefault("dealfocus_exclude")
        String optOutProperty();
    }

    /** When follow-up tasks fall due, in days (moved to a business day). */
    interface Tasks {
        @WithDefault("90")
        int reengageDays();

        @WithDefault("30")
        int nurtureDays();

        @WithDefault("2")
        int scheduleNextStepDays();
    }

    /** What brings a parked deal back, and what to offer meanwhile: named in notes and exit drafts. */
    interface Reengage {
        /** Per reason (expired, signals, low-value-per-hour, band, missing-budget, ...): triggers, the first is named. */
        Map<String, List<String>> triggers();

        /** A resource or partner contact every exit draft offers, e.g. "our self-service guide at https://…". */
        Optional<String> resource();

        /** Per pipeline: its own trigger and resource. */
        Map<String, ReengagePipeline> pipelines();

        /** A pipeline's own trigger and resource. */
        interface ReengagePipeline {
            Optional<String> trigger();

            Optional<String> resource();
        }
    }

    /** Business days. */
    interface Calendar {
        @WithDefault("SATURDAY,SUNDAY")
        List<String> weekend();

        Optional<List<LocalDate>> holidays();
    }

    /** The scheduled run. */
    interface Schedule {
        /** Quartz-style cron, or off. */
        @WithDefault("0 0 6 * * ?")
        String cron();

        /** Run once right after start. */
        @WithDefault("false")
        boolean runAtStart();
    }

    /** Reading deals and retrying writes. */
    interface Sync {
        /** A full scan at least this often; incremental reads in between. */
        @WithDefault("24h")
        Duration fullScanEvery();

        /** How often in all a write the CRM refuses is sent: once more at each full scan until then. */
        @WithDefault("3")
        int refusedWriteAttempts();
    }

    /** The HTTP API. */
    interface Api {
        /** Keys accepted in the X-API-Key header; required in production. */
        Optional<List<String>> keys();

        /** Bearer tokens, where quarkus.oidc.tenant-enabled=true. */
        Oidc oidc();
    }

    /** The roles an OIDC bearer token must carry (quarkus.oidc.roles.* says which claim holds them). */
    interface Oidc {
        /** May read. */
        @WithDefault("dealfocus-reader")
        String readerRole();

        /** May also start and confirm runs and run the setup. */
        @WithDefault("dealfocus-operator")
        String operatorRole();
    }

    /** The embedded demo CRM. */
    interface Demo {
        /** A JSON file of owners, teams and deals (docs/demo-crm.md); the bundled sample when unset. */
        Optional<String> dataFile();

        /** Where the demo CRM keeps what DealFocus wrote. */
        @WithDefault("data/demo-crm")
        String stateDir();

        /** The account the demo CRM answers as; the store is bound to it. */
        @WithDefault("demo")
        String account();

        /** How long each write batch takes before the demo CRM answers (to watch or test a run mid-write). */
        @WithDefault("0s")
        Duration writeDelay();
    }

    /** The HubSpot portal (docs/hubspot.md). */
    interface Hubspot {
        @WithDefault("https://api.hubapi.com")
        String baseUrl();

        /** The static access token of the app installed in the portal; from DEALFOCUS_HUBSPOT_ACCESS_TOKEN. Never logged. */
        Optional<String> accessToken();

        /** HubSpot's date-versioned API, as in /crm/objects/2026-03/deals. */
        @WithDefault("2026-03")
        String apiVersion();

        /** The owner (a HubSpot owner id) of tasks on deals without an owner, or whose owner HubSpot refuses. */
        Optional<String> fallbackOwner();

        /** Requests in any 10 seconds, shared by everything the service does: 100 is safe on every tier, 190 on Professional and Enterprise. */
        @WithName("requests-per-10s")
        @WithDefault("100")
        int requestsPer10s();

        /** Search requests per second (HubSpot allows 5 per account). */
        @WithDefault("5")
        int searchPerSecond();

        /** The share of the account's daily limit DealFocus may see used before it stops a run. */
        @WithDefault("0.8")
        double dailyShare();

        /** Count close-date pushes from the close date's history (one batch read per 100 deals assessed). */
        @WithDefault("true")
        boolean closeDateHistory();

        /** How long one request may take before it counts as failed and is retried. */
        @WithDefault("30s")
        Duration timeout();

        /** The local time (in dealfocus.time-zone) at which DealFocus's tasks are due on their day. */
        @WithDefault("09:00")
        String taskDueTime();

        /** How long the owners and their teams are kept before they are read again. */
        @WithDefault("1h")
        Duration ownersCacheFor();

        /** The app's client secret, which signs HubSpot's webhook requests (v3). Never logged. */
        Optional<String> clientSecret();

        /** The full public URL HubSpot calls for webhooks, e.g. https://dealfocus.example.com/webhooks/hubspot. */
        Optional<String> webhookUrl();

        /** The app's id: changes HubSpot attributes to it are DealFocus's own and settle without a reassessment. */
        Optional<String> appId();
    }

    /** The Salesforce org (docs/salesforce.md). */
    interface Salesforce {
        /** The org's My Domain URL, where /services/oauth2/token lives, e.g. https://acme.my.salesforce.com. */
        Optional<String> loginUrl();

        /** The External Client App's consumer key. */
        Optional<String> clientId();

        /** The consumer secret, for the client-credentials flow; from DEALFOCUS_SALESFORCE_CLIENT_SECRET. Never logged. */
        Optional<String> clientSecret();

        /** The JWT bearer flow's user (instead of client credentials), with private-key-file. */
        Optional<String> username();

        /** A PKCS#8 PEM private key matching the certificate uploaded to the External Client App (JWT bearer flow). */
        Optional<String> privateKeyFile();

        /** A sandbox: the JWT audience is https://test.salesforce.com instead of https://login.salesforce.com. */
        @WithDefault("false")
        boolean sandbox();

        @WithDefault("v67.0")
        String apiVersion();

        /** The org (15 or 18 characters) the store is bound to; the login must belong to it. */
        Optional<String> organizationId();

        /** The share of the org's daily API limit (Sforce-Limit-Info) DealFocus may see used before it stops a run. */
        @WithDefault("0.8")
        double dailyShare();

        /** Records per sObject Collections call (at most 200; lower for orgs whose triggers fail large collections). */
        @WithDefault("200")
        int writeBatch();

        /** Requests in any 10 seconds, shared by everything the service does. */
        @WithName("requests-per-10s")
        @WithDefault("100")
        int requestsPer10s();

        /** Count close-date pushes from OpportunityHistory (a query per chunk of deals whose close date moved). */
        @WithDefault("true")
        boolean closeDateHistory();

        /** The owner (a User id) of tasks whose Opportunity owner Salesforce refuses as inactive. */
        Optional<String> fallbackOwner();

        /** The User field that names an owner's team, the group of the value-per-hour median. */
        @WithDefault("Department")
        String teamField();

        /** Tasks and Events older than this many days are not read (the Opportunity's LastActivityDate covers older ones). */
        @WithDefault("180")
        int activityDays();

        /** The Task field that tells calls and emails from other tasks, for the time-eater list's effort. */
        @WithDefault("TaskSubtype")
        String activityTypeField();

        /** Values of that field that mark a call. */
        @WithDefault("Call")
        List<String> callTypes();

        /** Values of that field that mark an (outbound) email. */
        @WithDefault("Email")
        List<String> emailTypes();

        /** Account Types that make an Account an existing customer (issue 14). */
        @WithDefault("Customer - Direct,Customer - Channel")
        List<String> customerTypes();

        /** How long one request may take before it counts as failed and is retried. */
        @WithDefault("30s")
        Duration timeout();

        /** The local time (in dealfocus.time-zone) at which a Task's day starts for the rules. */
        @WithDefault("09:00")
        String taskDueTime();

        /** How long the owners' teams are kept before they are read again. */
        @WithDefault("1h")
        Duration ownersCacheFor();

        /** Signs the JSON change events of /webhooks/salesforce/events (HMAC-SHA256). Never logged. */
        Optional<String> webhookSecret();
    }
}
