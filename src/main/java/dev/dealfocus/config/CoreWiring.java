package dev.dealfocus.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.sync.AccountGuard;
import dev.dealfocus.core.sync.DealInspector;
import dev.dealfocus.core.sync.SyncPorts;
import dev.dealfocus.core.sync.OwnerTaskSource;
import dev.dealfocus.core.sync.ReviewTasks;
import dev.dealfocus.core.sync.SyncRunner;
import dev.dealfocus.core.sync.SyncSettings;
import dev.dealfocus.crm.demo.DemoCrm;
import dev.dealfocus.render.QuteRenderer;
import dev.dealfocus.render.Templates;
import dev.dealfocus.render.Wording;
import dev.dealfocus.store.FileDealBuffers;
import dev.dealfocus.store.JdbcDecisionStore;
import dev.dealfocus.store.JdbcRunJournal;
import dev.dealfocus.store.JdbcWebhookInbox;
import dev.dealfocus.store.JdbcWriteIntents;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/** The one place where the framework meets the core: every core object is built here from config. */
public class CoreWiring {
    static final String BUNDLED_DEMO = "demo/deals.json";

    @Produces
    @Singleton
    Clock clock(DealFocusConfig config) {
        try {
            return Clock.system(ZoneId.of(config.timeZone()));
        } catch (java.time.DateTimeException e) {
            return Clock.systemUTC(); // the policy reports the bad zone with its key
        }
    }

    @Produces
    @Singleton
    CrmGateway crm(DealFocusConfig config, ObjectMapper mapper, Clock clock, DataSource dataSource) {
        String provider = config.crm().provider();
        switch (provider) {
            case "demo":
                return demo(config, mapper, clock);
            case "hubspot":
                return HubSpotWiring.gateway(config, mapper, clock, dataSource);
            case "salesforce":
                return SalesforceWiring.gateway(config, mapper, clock);
            default:
                throw new ConfigurationError(List.of("dealfocus.crm.provider=" + provider
                        + ": not a supported CRM; use demo, hubspot or salesforce"));
        }
    }

    @Produces
    @Singleton
    Policy policy(DealFocusConfig config, CrmGateway crm, Config raw) {
        return PolicyFactory.build(config, crm.capabilities().dealProperties(), RuleSetVersion.of(raw));
    }

    @Produces
    @Singleton
    DecisionStore decisionStore(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        return new JdbcDecisionStore(dataSource, mapper, clock);
    }

    @Produces
    @Singleton
    RunJournal runJournal(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        return new JdbcRunJournal(dataSource, mapper, clock);
    }

    @Produces
    @Singleton
    QuteRenderer renderer(DealFocusConfig config, CrmGateway crm) {
        return new QuteRenderer(Templates.engine(), new Wording(config.locale()), ReengagementFactory.build(config.reengage()),
                crm.capabilities());
    }

    @Produces
    @Singleton
    WriteIntents writeIntents(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        return new JdbcWriteIntents(dataSource, mapper, clock);
    }

    @Produces
    @Singleton
    SyncRunner syncRunner(CrmGateway crm, DecisionStore store, WriteIntents intents, RunJournal journal,
                          Renderer renderer, Policy policy, Clock clock, DealFocusConfig config, ObjectMapper mapper,
                          dev.dealfocus.core.review.ReviewSource reviews, dev.dealfocus.core.review.WeeklyReviews weekly,
                          jakarta.enterprise.inject.Instance<OwnerTaskSource> others, dev.dealfocus.core.port.RunLease lease) {
        List<OwnerTaskSource> ownerTasks = new java.util.ArrayList<>();
        ownerTasks.add(new ReviewTasks(new ReviewTasks.Settings(config.review().enabled(), config.review().weekday(),
                PublicUrl.of(config)), reviews, weekly, store, intents, renderer, policy));
        others.forEach(ownerTasks::add); // the time-eater lists, built where the CRM's effort is read
        return new SyncRunner(new SyncPorts(crm, store, intents, journal, renderer, new FileDealBuffers(mapper), lease), policy,
                clock, new SyncSettings(config.sync().fullScanEvery(), config.sync().refusedWriteAttempts()), ownerTasks);
    }

    /** This process among the replicas: its host and a number of its own, as leases and claims name it. */
    public static final String NODE = node();

    private static String node() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "dealfocus";
            }
        }
        return host + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.port.RunLease runLease(DataSource dataSource, Clock clock, DealFocusConfig config) {
        return new dev.dealfocus.store.JdbcRunLease(dataSource, clock, config.replicas().leaseTtl(), NODE);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.port.TriggerClaims triggerClaims(DataSource dataSource) {
        return new dev.dealfocus.store.JdbcTriggerClaims(dataSource);
    }

    @Produces
    @Singleton
    WebhookInbox webhookInbox(DataSource dataSource) {
        return new JdbcWebhookInbox(dataSource);
    }

    @Produces
    @Singleton
    DealInspector dealInspector(CrmGateway crm, DecisionStore store, Policy policy, Clock clock) {
        return new DealInspector(crm, store, policy, clock);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.review.ReviewSource reviewSource(DataSource dataSource, ObjectMapper mapper) {
        return new dev.dealfocus.store.JdbcReviewSource(dataSource, mapper);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.customer.CustomerStore customerStore(DataSource dataSource, ObjectMapper mapper) {
        return new dev.dealfocus.store.JdbcCustomerStore(dataSource, mapper);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.eaters.EffortStore effortStore(DataSource dataSource) {
        return new dev.dealfocus.store.JdbcEffortStore(dataSource);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.eaters.QuarterJournal quarterJournal(DataSource dataSource) {
        return new dev.dealfocus.store.JdbcQuarterJournal(dataSource);
    }

    @Produces
    @Singleton
    dev.dealfocus.core.review.WeeklyReviews weeklyReviews(Policy policy, DealFocusConfig config) {
        if (config.review().scoreMove() < 1 || config.review().scoreMove() > 100) {
            throw new ConfigurationError(List.of("dealfocus.review.score-move=" + config.review().scoreMove()
                    + ": give the smallest score change worth naming, 1 to 100"));
        }
        return new dev.dealfocus.core.review.WeeklyReviews(policy.value().belowMedianFactor(), config.review().scoreMove(),
                policy.recommendOnly(), policy.timeZone());
    }

    @Produces
    @Singleton
    AccountGuard accountGuard(CrmGateway crm, DecisionStore store) {
        return new AccountGuard(crm, store);
    }

    private static DemoCrm demo(DealFocusConfig config, ObjectMapper mapper, Clock clock) {
        DealFocusConfig.Demo demo = config.demo();
        try (InputStream in = demo.dataFile().isPresent() ? Files.newInputStream(Path.of(demo.dataFile().get()))
                : CoreWiring.class.getClassLoader().getResourceAsStream(BUNDLED_DEMO)) {
            if (in == null) {
                throw new IOException("the bundled sample " + BUNDLED_DEMO + " is missing from the build");
            }
            return DemoCrm.open(in, new DemoCrm.Options(Path.of(demo.stateDir()), demo.account(), demo.writeDelay()),
                    mapper, clock);
        } catch (IOException e) {
            throw new ConfigurationError(List.of("dealfocus.demo.data-file=" + demo.dataFile().orElse("(bundled)")
                    + ": cannot read it (" + e.getMessage() + "); see docs/demo-crm.md for the format"));
        }
    }
}
