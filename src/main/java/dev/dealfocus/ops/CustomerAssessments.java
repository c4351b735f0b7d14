package dev.dealfocus.ops;

import dev.dealfocus.config.CustomerSettings;
import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.customer.CustomerAssessor;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.CustomerSource;
import dev.dealfocus.core.customer.CustomerStore;
import dev.dealfocus.core.customer.HealthPolicy;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.port.CrmGateway;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Existing customers, assessed after each scan (issue 14): where the CRM knows customers and
 * {@code dealfocus.customers.enabled}; under the run's dry run (a run that did not apply stores nothing). One
 * summary line per assessment.
 */
@ApplicationScoped
public class CustomerAssessments {
    private final Optional<CustomerAssessor> assessor;

    public CustomerAssessments(CrmGateway crm, CustomerStore store, Policy policy, Clock clock, DealFocusConfig config) {
        var c = config.customers();
        HealthPolicy health = CustomerSettings.healthPolicy(config);
        this.assessor = c.enabled() && crm instanceof CustomerSource source
                ? Optional.of(new CustomerAssessor(source, store, new CustomerDecisions(health, c.reviewCadenceDays()), clock,
                policy.timeZone()))
                : Optional.empty();
    }

    /** Whether this CRM's customers are assessed. */
    public boolean active() {
        return assessor.isPresent();
    }

    /** Assesses every customer; a dry assessment stores nothing. */
    public Optional<CustomerAssessor.Summary> assess(boolean dryRun) {
        return assessor.map(a -> {
            CustomerAssessor.Summary s = a.assess(dryRun);
            Log.infof("customers %s: read=%d by-light=%s unknown=%d light-changes=%d held-by-hand=%d api-calls=%d",
                    dryRun ? "assessed (dry run, nothing stored)" : "assessed", s.read(), s.byLight(), s.unknown(), s.changed(),
                    s.heldByHand(), s.apiCalls());
            return s;
        });
    }
}
