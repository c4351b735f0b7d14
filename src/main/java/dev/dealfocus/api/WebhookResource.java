package dev.dealfocus.api;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.WebhookInbox;
import dev.dealfocus.crm.hubspot.HubSpotCrm;
import dev.dealfocus.crm.hubspot.WebhookEvents;
import dev.dealfocus.crm.hubspot.WebhookSignature;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * HubSpot's change events (docs/hubspot.md, "Webhooks"). Outside {@code /api}: HubSpot proves itself with
 * the request signature, not an API key. A delivery is stored before it is answered; processing
 * follows off the request thread.
 */
@Path("/webhooks")
public class WebhookResource {
    private final DealFocusConfig config;
    private final CrmGateway crm;
    private final WebhookInbox inbox;
    private final WebhookJob job;
    private final Clock clock;

    public WebhookResource(DealFocusConfig config, CrmGateway crm, WebhookInbox inbox, WebhookJob job, Clock clock) {
        this.config = config;
        this.crm = crm;
        this.inbox = inbox;
        this.job = job;
        this.clock = clock;
    }

    @POST
    @Path("/hubspot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "HubSpot webhook deliveries", description = "Signature v3 checked against dealfocus.hubspot.webhook-url "
            + "and dealfocus.hubspot.client-secret; 401 when missing, stale or wrong, 400 for a body that is no delivery; "
            + "otherwise stored, answered 200, and the deals concerned reassessed within seconds.")
    public Response hubspot(String body, @HeaderParam(WebhookSignature.SIGNATURE_HEADER) String signature,
                            @HeaderParam(WebhookSignature.TIMESTAMP_HEADER) String timestamp) {
        DealFocusConfig.Hubspot h = config.hubspot();
        if (!(crm instanceof HubSpotCrm) || h.clientSecret().isEmpty() || h.webhookUrl().isEmpty()) {
            throw new ProblemException(Response.Status.NOT_FOUND, "HubSpot webhooks are not set up here: they need"
                    + " dealfocus.crm.provider=hubspot, dealfocus.hubspot.client-secret and dealfocus.hubspot.webhook-url.");
        }
        SignedRequest.Verdict verdict = WebhookSignature.check("POST", h.webhookUrl().get(), body, timestamp, signature,
                h.clientSecret().get(), clock.instant());
        if (verdict != SignedRequest.Verdict.VALID) {
            Log.warnf("HubSpot webhook refused: signature %s", verdict.name().toLowerCase());
            throw new ProblemException(Response.Status.UNAUTHORIZED, switch (verdict) {
                case MISSING -> "The request carries no " + WebhookSignature.SIGNATURE_HEADER + " and "
                        + WebhookSignature.TIMESTAMP_HEADER + ".";
                case STALE -> "The request's timestamp is more than 5 minutes old.";
                default -> "The request's signature does not match.";
            });
        }
        List<WebhookInbox.Event> events;
        try {
            events = WebhookEvents.parse(body, h.appId().orElse(null));
        } catch (WebhookEvents.Malformed e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Not a HubSpot webhook delivery: " + e.getMessage() + ".");
        }
        int stored = inbox.accept(events, clock.instant());
        if (stored > 0) {
            job.wake();
        }
        return Response.ok(Map.of("accepted", events.size(), "stored", stored)).build();
    }
}
