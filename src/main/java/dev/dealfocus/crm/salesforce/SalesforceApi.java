package dev.dealfocus.crm.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The REST paths of an org DealFocus uses, under its {@code instance_url} (docs/BEHAVIOR-salesforce.md,
 * "Paths"; version in {@code dealfocus.salesforce.api-version}, e.g. {@code v67.0}). Answers come back as
 * raw {@link Response}s, errors included, so {@link SalesforceHttp} reads status, headers and body itself.
 */
@Path("/services/data")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface SalesforceApi {
    /** The versions the org serves; does not count against the daily limit. */
    @GET
    @Path("/")
    Response versions();

    /** {@code GET /query?q=SOQL}: up to 2,000 records a batch, {@code nextRecordsUrl} for more. */
    @GET
    @Path("/{version}/query")
    Response query(@PathParam("version") String version, @QueryParam("q") String soql,
                   @HeaderParam("Sforce-Query-Options") String options);

    /** The next batch of a query, from its {@code nextRecordsUrl} ({@code /services/data/v67.0/query/01g...-2000}). */
    @GET
    @Path("/{version}/query/{locator}")
    Response queryMore(@PathParam("version") String version, @PathParam("locator") String locator);

    /** sObject Collections update: {@code {allOrNone, records: [{attributes: {type}, id, ...}]}}, at most 200. */
    @PATCH
    @Path("/{version}/composite/sobjects")
    Response update(@PathParam("version") String version, JsonNode records);

    /** sObject Collections upsert on an External ID field: created or updated by the field's value, at most 200. */
    @PATCH
    @Path("/{version}/composite/sobjects/{type}/{externalIdField}")
    Response upsert(@PathParam("version") String version, @PathParam("type") String type,
                    @PathParam("externalIdField") String externalIdField, JsonNode records);

    @GET
    @Path("/{version}/sobjects/{type}/describe")
    Response describe(@PathParam("version") String version, @PathParam("type") String type);

    /** The org-wide record counts of objects ({@code {sObjects: [{name, count}]}}), whatever the user may see. */
    @GET
    @Path("/{version}/limits/recordCount")
    Response recordCount(@PathParam("version") String version, @QueryParam("sObjects") String objects);

    /** The org's limits, {@code DailyApiRequests: {Max, Remaining}} among them. */
    @GET
    @Path("/{version}/limits")
    Response limits(@PathParam("version") String version);
}
