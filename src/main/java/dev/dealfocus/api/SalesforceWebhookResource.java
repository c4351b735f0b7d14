package dev.dealfocus.api;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.crm.salesforce.ChangeEvents;
import dev.dealfocus.crm.salesforce.OutboundMessages;
import dev.dealfocus.crm.salesforce.SalesforceCrm;
import dev.dealfocus.crm.shared.SignedRequest;
import dev.dealfocus.schedule.WebhookJob;
import io.quarkus.logging.Log;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Salesforce's change events (docs/salesforce.md, "Real-time changes"): Outbound Messages, checked by
 * the sending org, and signed JSON events from a Flow or Apex. Outside {@code /api}: neither can send
 * DealFocus's API key. A delivery is stored before it is answered; processing follows off the request
 * thread, shared with HubSpot's webhooks.
 */
@Path("/webhooks/salesforce")
public class SalesforceWebhookResource {
    private static final String XML = "text/xml; charset=utf-8";

    private final DealFocusConfig config;
    private final CrmGateway crm;
    private final WebhookInbox inbox;
    private final WebhookJob job;
    private final Clock clock;

    public SalesforceWebhookResource(DealFocusConfig config, CrmGateway crm, WebhookInbox inbox, WebhookJob job, Clock clock) {
        this.config = config;
        this.crm = crm;
        this.inbox = inbox;
        this.job = job;
        this.clock = clock;
    }

    @POST
    @Path("/outbound")
    @Consumes({"text/xml", MediaType.APPLICATION_XML, "application/soap+xml"})
    @Produces({"text/xml", MediaType.APPLICATION_XML})
    @Operation(summary = "Salesforce Outbound Messages", description = "A SOAP envelope of up to 100 notifications from the org "
            + "in dealfocus.salesforce.organization-id: stored, then acknowledged (<Ack>true</Ack>). Another org, a malformed "
            + "envelope, a DTD or an external entity get a SOAP fault and nothing is stored.")
    public Response outbound(String body) {
        if (!(crm instanceof SalesforceCrm salesforce) || salesforce.organizationId() == null) {
            return fault(Response.Status.NOT_FOUND, "Outbound Messages are not set up here: they need dealfocus.crm.provider="
                    + "salesforce and dealfocus.salesforce.organization-id.");
        }
        Instant now = clock.instant();
        OutboundMessages.Message message;
        try {
            message = OutboundMessages.parse(body, salesforce.knownUserId(), now);
        } catch (OutboundMessages.Malformed e) {
            Log.warnf("Salesforce Outbound Message refused: %s", e.getMessage());
            return fault(Response.Status.BAD_REQUEST, "Not an Outbound Message DealFocus accepts: " + e.getMessage() + ".");
        }
        if (!salesforce.isConfiguredOrg(message.organizationId())) {
            Log.warnf("Salesforce Outbound Message refused: org %s is not the configured one", message.organizationId());
            return fault(Response.Status.FORBIDDEN, "OrganizationId " + message.organizationId()
                    + " is not the org in dealfocus.salesforce.organization-id.");
        }
        store(message.events(), now);
        return Response.ok(OutboundMessages.ACK, XML).build();
    }

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signed change events from a Flow or Apex", description = "HMAC-SHA256 of timestamp + '.' + body with "
            + "dealfocus.salesforce.webhook-secret, in X-DealFocus-Signature (Base64) with X-DealFocus-Timestamp (epoch seconds, "
            + "within 5 minutes); 401 when missing, stale or wrong, 400 for a body that is no delivery; otherwise stored and "
            + "answered 200.")
    public Response events(String body, @HeaderParam(ChangeEvents.TIMESTAMP_HEADER) String timestamp,
                           @HeaderParam(ChangeEvents.SIGNATURE_HEADER) String signature) {
        DealFocusConfig.Salesforce s = config.salesforce();
        if (!(crm instanceof SalesforceCrm salesforce) || s.webhookSecret().isEmpty()) {
            throw new ProblemException(Response.Status.NOT_FOUND, "Salesforce change events are not set up here: they need"
                    + " dealfocus.crm.provider=salesforce and dealfocus.salesforce.webhook-secret.");
        }
        Instant now = clock.instant();
        SignedRequest.Verdict verdict = ChangeEvents.verify(body, timestamp, signature, s.webhookSecret().get(), now);
        if (verdict != SignedRequest.Verdict.VALID) {
            Log.warnf("Salesforce change events refused: signature %s", verdict.name().toLowerCase());
            throw new ProblemException(Response.Status.UNAUTHORIZED, switch (verdict) {
                case MISSING -> "The request carries no " + ChangeEvents.SIGNATURE_HEADER + " and " + ChangeEvents.TIMESTAMP_HEADER + ".";
                case STALE -> "The request's timestamp is more than 5 minutes from now.";
                default -> "The request's signature does not match.";
            });
        }
        List<WebhookInbox.Event> events;
        try {
            events = ChangeEvents.parse(body, salesforce.knownUserId(), now);
        } catch (ChangeEvents.Malformed e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Not a delivery of change events: " + e.getMessage() + ".");
        }
        int stored = store(events, now);
        return Response.ok(Map.of("accepted", events.size(), "stored", stored)).build();
    }

    private int store(List<WebhookInbox.Event> events, Instant now) {
        int stored = events.isEmpty() ? 0 : inbox.accept(events, now);
        if (stored > 0) {
            job.wake();
        }
        return stored;
    }

    private static Response fault(Response.Status status, String reason) {
        return Response.status(status).type(XML).entity(OutboundMessages.fault(reason)).build();
    }
}
