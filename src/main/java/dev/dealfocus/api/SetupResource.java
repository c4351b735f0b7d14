package dev.dealfocus.api;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.config.HubSpotSetupProperties;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.sync.AccountGuard;
import dev.dealfocus.core.sync.AccountMismatchException;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.crm.hubspot.HubSpotCrm;
import dev.dealfocus.crm.salesforce.SalesforceCrm;
import dev.dealfocus.crm.salesforce.SalesforceSetupCheck;
import dev.dealfocus.crm.hubspot.HubSpotSetup;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Prepares the CRM for DealFocus (docs/hubspot.md, "Run the setup"), or checks it (docs/salesforce.md, "Check the org"). */
@Path("/api/setup")
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {
    private final CrmGateway crm;
    private final AccountGuard accounts;
    private final DealFocusConfig config;
    private final Policy policy;

    public SetupResource(CrmGateway crm, AccountGuard accounts, DealFocusConfig config, Policy policy) {
        this.crm = crm;
        this.accounts = accounts;
        this.config = config;
        this.policy = policy;
    }

    @POST
    @Path("/salesforce")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Check the Salesforce org", description = "Checks the login, the API version, every field DealFocus writes "
            + "or reads on Opportunity and its key on Task (type, visible and editable to the run-as user) and the share of "
            + "Opportunities the run-as user can see. Changes nothing in the org; names what is missing and how to fix it.")
    public SalesforceSetupCheck.Report salesforce(String body) {
        refuseBody(body);
        if (!(crm instanceof SalesforceCrm salesforce)) {
            throw new ProblemException(Response.Status.CONFLICT, "dealfocus.crm.provider is " + config.crm().provider()
                    + ": the Salesforce check needs dealfocus.crm.provider=salesforce and the login keys (docs/salesforce.md).");
        }
        ApiCalls calls = new ApiCalls();
        SalesforceSetupCheck.Report report = salesforce.setupCheck().run(policy.inputProperties(), calls);
        Log.infof("Salesforce check of org %s: %s, %d problems, %d of %d opportunities visible, %d calls", report.organizationId(),
                report.ready() ? "ready" : "not ready", report.problems().size(), report.visible(), report.inOrg(), calls.count());
        return report;
    }

    @POST
    @Path("/hubspot")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Prepare the HubSpot portal", description = "Checks the token's scopes, creates the DealFocus property "
            + "group and deal properties (never changing existing ones) and binds the store to the portal. dryRun=true only "
            + "lists what it would do. Answers what was created, what existed, what differs and which scopes are missing.")
    public HubSpotSetup.Report hubspot(@Parameter(description = "true: list only, change nothing") @QueryParam("dryRun") String dryRun,
                                       String body) {
        refuseBody(body);
        if (!(crm instanceof HubSpotCrm hubspot)) {
            throw new ProblemException(Response.Status.CONFLICT, "dealfocus.crm.provider is " + config.crm().provider()
                    + ": the HubSpot setup needs dealfocus.crm.provider=hubspot and an access token (docs/hubspot.md).");
        }
        boolean dry = RunResource.flag("dryRun", dryRun, null);
        ApiCalls calls = new ApiCalls();
        HubSpotSetup.Report report = hubspot.setup().run(HubSpotSetupProperties.of(config), dry, calls);
        if (!dry && report.missingScopes().isEmpty()) {
            try {
                accounts.check(calls); // binds the store to this portal, or refuses another portal's store
            } catch (AccountMismatchException e) {
                throw new ProblemException(Response.Status.CONFLICT, e.getMessage());
            }
        }
        Log.infof("HubSpot setup%s on portal %s: %d created, %d existed, %d differ, %d scopes missing, %d calls",
                dry ? " (dry run)" : "", report.portalId(), report.created().size(), report.existed().size(),
                report.differs().size(), report.missingScopes().size(), calls.count());
        return report;
    }

    /** The setup takes its one flag as a query parameter: a body (a misplaced {"dryRun": true}) must not run a real setup. */
    private static void refuseBody(String body) {
        if (body != null && !body.isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "The setup takes no body; send dryRun=true as a query parameter.");
        }
    }
}
