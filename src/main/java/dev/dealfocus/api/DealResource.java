package dev.dealfocus.api;

import dev.dealfocus.core.sync.DealInspector;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One deal's assessment, read fresh from the CRM (the reads of a run, for one deal) and explained point by point. */
@Path("/api/deals")
@Produces(MediaType.APPLICATION_JSON)
public class DealResource {
    private final DealInspector inspector;

    public DealResource(DealInspector inspector) {
        this.inspector = inspector;
    }

    @GET
    @Path("/{id}/assessment")
    @Operation(summary = "Score per dimension with evidence, status, reasons, value per hour vs team median, expiry date")
    public AssessmentView assessment(@PathParam("id") String id) {
        if (id.isBlank() || id.length() > 64) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A deal id has 1 to 64 characters.");
        }
        return inspector.inspect(id).map(AssessmentView::of).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "The CRM has no deal with id " + id + "."));
    }
}
