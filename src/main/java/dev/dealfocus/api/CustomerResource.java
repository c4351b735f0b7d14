package dev.dealfocus.api;

import dev.dealfocus.core.customer.CustomerAction;
import dev.dealfocus.core.customer.CustomerDecision;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.CustomerStore;
import dev.dealfocus.core.customer.Goal;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.core.customer.Remediation;
import dev.dealfocus.core.customer.Signal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Existing customers' traffic light (docs/customers.md): from the store, no CRM call. */
@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {
    private final CustomerStore store;

    public CustomerResource(CustomerStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Every assessed customer with its light (filter: light=GREEN, YELLOW, RED or UNKNOWN)")
    public List<CustomerView> list(@QueryParam("light") String light) {
        ReportFormats.check("light", light);
        String wanted = ReportFormats.blankToNull(light);
        if (wanted == null) {
            return store.list(null).stream().map(s -> CustomerView.of(s)).toList();
        }
        String upper = wanted.toUpperCase(Locale.ROOT);
        if (upper.equals("UNKNOWN")) {
            return store.list(null).stream().filter(s -> s.decision().light() == null).map(s -> CustomerView.of(s)).toList();
        }
        try {
            return store.list(Light.valueOf(upper)).stream().map(s -> CustomerView.of(s)).toList();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "light must be GREEN, YELLOW, RED or UNKNOWN, was " + wanted + ".");
        }
    }

    @GET
    @Path("/{id}/health")
    @Operation(summary = "One customer's light with every sign and its evidence, the episode, the remediation and its goals, "
            + "the writes it owes, and its journal")
    public HealthView health(@PathParam("id") String id) {
        if (id.isBlank() || id.length() > 64) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A customer id has 1 to 64 characters.");
        }
        CustomerStore.Stored s = store.find(id).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND,
                "No assessed customer with id " + id + "."));
        return new HealthView(CustomerView.of(s), s.decision().memory().episodeStart(),
                RemediationView.of(s.decision()), s.decision().actions(), store.journal(id));
    }

    /** A customer: its light (null while unknown), whether a person set it, and its signs. */
    public record CustomerView(String id, String name, String ownerId, Light light, boolean unknown, boolean heldByHand,
                               List<Signal> signals, Instant assessedAt) {
        static CustomerView of(CustomerStore.Stored s) {
            CustomerDecision d = s.decision();
            return new CustomerView(s.customerId(), s.name(), s.ownerId(), d.light(), d.health().unknown(), d.heldByHand(),
                    d.health().signals(), s.assessedAt());
        }
    }

    /** A remediation with each goal's standing as the signs show it now. */
    public record RemediationView(LocalDate startedOn, LocalDate midReviewOn, LocalDate endReviewOn, List<GoalView> goals,
                                  Remediation.Outcome outcome) {
        static RemediationView of(CustomerDecision d) {
            Remediation r = d.memory().remediation();
            return r == null ? null : new RemediationView(r.startedOn(), r.midReviewOn(), r.endReviewOn(), r.goals().stream()
                    .map(g -> new GoalView(g.code(), g.by(), CustomerDecisions.result(g, d.health()))).toList(), r.outcome());
        }
    }

    public record GoalView(Goal.Code code, LocalDate by, Goal.Result now) {
    }

    public record HealthView(CustomerView customer, LocalDate episodeStart, RemediationView remediation, List<CustomerAction> owedWrites,
                             List<Map<String, Object>> journal) {
    }
}
