package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.crm.shared.CustomerRecords;
import dev.dealfocus.testing.hubspot.SpecCheck;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 2, on HubSpot: escalations and change requests counted from tickets, the oldest unpaid invoice from
 * open invoices, each by one search over the portal and one associations read, in HubSpot's documented shapes.
 */
@QuarkusTest
class HubSpotCustomerRecordsTest extends WireMockHubSpot {
    private static final String TICKETS = "/crm/objects/2026-03/tickets/search";
    private static final String INVOICES = "/crm/objects/2026-03/invoices/search";
    private static final String STAMPS = "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-11-29T00:00:00Z\",\"archived\":false";

    private HubSpotCustomerRecords records() {
        return new HubSpotCustomerRecords(http, new HubSpotAssociations(http, "2026-03"), "2026-03", clock);
    }

    @Test
    void givenTickets_escalationsCountThirtyDaysOfHighPriority_andChangeRequestsNinetyDaysOfTheCategory() throws Exception {
        // the clock is 2026-11-30T09:00Z: 30 days back is 2026-10-31T09:00Z, 90 days back 2026-09-01T09:00Z
        answerPost(TICKETS, """
                {"total":4,"results":[
                  {"id":"61","properties":{"hs_ticket_priority":"HIGH","hs_ticket_category":"PRODUCT_ISSUE","createdate":"2026-10-31T09:00:00Z"},%1$s},
                  {"id":"62","properties":{"hs_ticket_priority":"URGENT","hs_ticket_category":"PRODUCT_ISSUE","createdate":"2026-10-31T08:59:59Z"},%1$s},
                  {"id":"63","properties":{"hs_ticket_priority":"LOW","hs_ticket_category":"FEATURE_REQUEST","createdate":"2026-09-01T09:00:00Z"},%1$s},
                  {"id":"64","properties":{"hs_ticket_priority":"LOW","hs_ticket_category":"FEATURE_REQUEST","createdate":"2026-11-20T09:00:00Z"},%1$s}]}"""
                .formatted(STAMPS));
        answerPost("/crm/associations/2026-03/tickets/companies/batch/read", """
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00Z","results":[
                  {"from":{"id":"61"},"to":[{"toObjectId":501,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":339,"label":null}]}]},
                  {"from":{"id":"62"},"to":[{"toObjectId":501,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":339,"label":null}]}]},
                  {"from":{"id":"63"},"to":[{"toObjectId":502,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":339,"label":null}]}]},
                  {"from":{"id":"64"},"to":[{"toObjectId":502,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":339,"label":null}]}]}]}""");

        CustomerRecords read = records().read(new CustomerRecords.Settings(true, List.of(), "FEATURE_REQUEST", false), calls);

        assertThat(read.escalations()).as("ticket 62 is one second older than 30 days").containsExactly(java.util.Map.entry("501", 1));
        assertThat(read.changeRequests()).containsExactly(java.util.Map.entry("502", 2));
        assertThat(read.oldestUnpaidDue()).as("invoices not asked for").isNull();
        long since30 = Instant.parse("2026-10-31T09:00:00Z").toEpochMilli();
        long since90 = Instant.parse("2026-09-01T09:00:00Z").toEpochMilli();
        hubspot.verify(postRequestedFor(urlEqualTo(TICKETS)).withRequestBody(equalToJson("""
                {"filterGroups":[
                  {"filters":[{"propertyName":"hs_object_id","operator":"GT","value":"0"},
                              {"propertyName":"createdate","operator":"GTE","value":"%d"},
                              {"propertyName":"hs_ticket_priority","operator":"IN","values":["HIGH","URGENT"]}]},
                  {"filters":[{"propertyName":"hs_object_id","operator":"GT","value":"0"},
                              {"propertyName":"createdate","operator":"GTE","value":"%d"},
                              {"propertyName":"hs_ticket_category","operator":"EQ","value":"FEATURE_REQUEST"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
                 "properties":["hs_ticket_priority","hs_ticket_category","createdate"],"limit":200,"after":"0"}"""
                .formatted(since30, since90))));
        assertThat(SpecCheck.violations("POST", TICKETS, body(TICKETS))).isEmpty();
        assertThat(calls.count()).as("one search, one associations read").isEqualTo(2);

        CustomerFacts none = new CustomerFacts("503", "C", "11", LocalDate.of(2026, 11, 29), null, true, null, null, null, null, null);
        assertThat(read.apply(none).escalations()).as("a customer without tickets has none: data, not unknown").isZero();
        assertThat(read.apply(none).changeRequests()).isZero();
    }

    @Test
    void givenOpenInvoices_theOldestDueDateWithABalanceLeftIsEachCompanysUnpaidInvoice() throws Exception {
        answerPost(INVOICES, """
                {"total":3,"results":[
                  {"id":"71","properties":{"hs_due_date":"2026-10-20","hs_balance_due":"500.00"},%1$s},
                  {"id":"72","properties":{"hs_due_date":"2026-09-01T00:00:00Z","hs_balance_due":"0"},%1$s},
                  {"id":"73","properties":{"hs_due_date":"2026-11-15","hs_balance_due":"120"},%1$s}]}""".formatted(STAMPS));
        answerPost("/crm/associations/2026-03/invoices/companies/batch/read", """
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00Z","results":[
                  {"from":{"id":"71"},"to":[{"toObjectId":501,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":180,"label":null}]}]},
                  {"from":{"id":"73"},"to":[{"toObjectId":501,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":180,"label":null}]}]}]}""");

        CustomerRecords read = records().read(new CustomerRecords.Settings(false, List.of(), null, true), calls);

        assertThat(read.oldestUnpaidDue()).containsExactly(java.util.Map.entry("501", LocalDate.of(2026, 10, 20)));
        assertThat(read.escalations()).isNull();
        hubspot.verify(postRequestedFor(urlEqualTo(INVOICES)).withRequestBody(equalToJson("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_invoice_status","operator":"EQ","value":"open"},
                                             {"propertyName":"hs_object_id","operator":"GT","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
                 "properties":["hs_due_date","hs_balance_due"],"limit":200,"after":"0"}""")));
        assertThat(SpecCheck.violations("POST", INVOICES, body(INVOICES))).isEmpty();
        CustomerFacts paid = new CustomerFacts("502", "B", "11", null, null, false, null, null, null, null, null);
        assertThat(read.apply(paid).paymentKnown()).as("no open invoice: nothing unpaid, known").isTrue();
        assertThat(read.apply(paid).oldestUnpaidDue()).isNull();
    }

    private static com.fasterxml.jackson.databind.JsonNode body(String path) throws Exception {
        return new ObjectMapper().readTree(hubspot.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString());
    }
}
