package dev.dealfocus.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.StoreException;
import dev.dealfocus.core.sync.RunInProgressException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure becomes a problem+json answer; bad input is always a 4xx, never a 500. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint: "
                + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response runInProgress(RunInProgressException e) {
        if (e.runId() == null) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
        // RFC 9457 allows members of one's own: the run under way, on this replica or another
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Response.Status.CONFLICT.getReasonPhrase());
        body.put("status", Response.Status.CONFLICT.getStatusCode());
        body.put("detail", e.getMessage());
        body.put("runId", e.runId());
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response crm(CrmException e) {
        Log.warnf("CRM call failed (%s): %s", e.kind(), e.getMessage());
        return Problem.response(Response.Status.BAD_GATEWAY, "The CRM did not answer as expected: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response store(StoreException e) {
        Log.error("store failed", e);
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "The DealFocus store is not available; try again shortly.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response r = e.getResponse();
        Response.StatusType status = r.getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "No such resource." : e.getMessage();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        if (status.getStatusCode() == 415 || status.getStatusCode() == 406 || status.getStatusCode() == 405) {
            detail = e.getMessage();
        }
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("unexpected error answering a request", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; the log has details.");
    }
}
