package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * HubSpot's date-versioned REST paths DealFocus uses (docs/BEHAVIOR-hubspot.md, "Paths"; HubSpot's
 * public API spec, version in {@code dealfocus.hubspot.api-version}). Answers come back as raw
 * {@link Response}s, errors included, so {@link HubSpotHttp} can read status, headers and body itself.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface HubSpotApi {
    /** {@code PublicObjectSearchRequest}: filterGroups, sorts, properties, limit (≤ 200), after. */
    @POST
    @Path("crm/objects/{version}/{objectType}/search")
    Response search(@PathParam("version") String version, @PathParam("objectType") String objectType, JsonNode request);

    /** {@code BatchReadInputSimplePublicObjectId}: properties, propertiesWithHistory, inputs[{id}] (≤ 100). */
    @POST
    @Path("crm/objects/{version}/{objectType}/batch/read")
    Response batchRead(@PathParam("version") String version, @PathParam("objectType") String objectType,
                       @QueryParam("archived") boolean archived, JsonNode request);

    /** {@code BatchInputSimplePublicObjectBatchInput}: inputs[{id, properties, objectWriteTraceId}] (≤ 100). */
    @POST
    @Path("crm/objects/{version}/{objectType}/batch/update")
    Response batchUpdate(@PathParam("version") String version, @PathParam("objectType") String objectType, JsonNode request);

    /** {@code BatchInputSimplePublicObjectInputForCreate}: inputs[{properties, associations, objectWriteTraceId}]. */
    @POST
    @Path("crm/objects/{version}/{objectType}/batch/create")
    Response batchCreate(@PathParam("version") String version, @PathParam("objectType") String objectType, JsonNode request);

    /** {@code BatchInputPublicFetchAssociationsBatchRequest}: inputs[{id, after}] (≤ 1,000). */
    @POST
    @Path("crm/associations/{version}/{fromObjectType}/{toObjectType}/batch/read")
    Response associations(@PathParam("version") String version, @PathParam("fromObjectType") String from,
                          @PathParam("toObjectType") String to, JsonNode request);

    @GET
    @Path("crm/owners/{version}")
    Response owners(@PathParam("version") String version, @QueryParam("limit") int limit, @QueryParam("after") String after,
                    @QueryParam("archived") boolean archived);

    @GET
    @Path("account-info/{version}/details")
    Response account(@PathParam("version") String version);

    @GET
    @Path("account-info/{version}/api-usage/daily/private-apps")
    Response dailyUsage(@PathParam("version") String version);

    @GET
    @Path("crm/properties/{version}/{objectType}")
    Response properties(@PathParam("version") String version, @PathParam("objectType") String objectType);

    @POST
    @Path("crm/properties/{version}/{objectType}")
    Response createProperty(@PathParam("version") String version, @PathParam("objectType") String objectType,
                            JsonNode property);

    @GET
    @Path("crm/properties/{version}/{objectType}/groups")
    Response propertyGroups(@PathParam("version") String version, @PathParam("objectType") String objectType);

    @POST
    @Path("crm/properties/{version}/{objectType}/groups")
    Response createPropertyGroup(@PathParam("version") String version, @PathParam("objectType") String objectType,
                                 JsonNode group);
}
