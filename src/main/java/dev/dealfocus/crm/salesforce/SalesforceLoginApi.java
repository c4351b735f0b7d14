package dev.dealfocus.crm.salesforce;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The org's OAuth token endpoint, under {@code dealfocus.salesforce.login-url} (facts B1). */
@Path("/services/oauth2")
public interface SalesforceLoginApi {
    /** Client credentials or JWT bearer, form-encoded; answers {@code access_token}, {@code instance_url}, {@code id}. */
    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(MultivaluedMap<String, String> form);
}
