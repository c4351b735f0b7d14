package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerSource;
import dev.dealfocus.core.customer.Light;
import dev.dealfocus.crm.shared.CustomerProperties;
import dev.dealfocus.testing.hubspot.SpecCheck;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1, on HubSpot: companies in the customer lifecycle stage, searched in keyset pages with their mapped
 * sign properties, read into a customer's facts.
 */
@QuarkusTest
class HubSpotCustomersTest extends WireMockHubSpot {
    private static final String SEARCH = "/crm/objects/2026-03/companies/search";
    private static final CustomerProperties MAPPED = new CustomerProperties("last_login_date", "oldest_unpaid_due", "escalations_30d",
            null, "milestone_delayed", "dealfocus_health");

    @Test
    void givenCustomerCompanies_read_searchesTheLifecycleStageAndReadsEachSignWithoutDataAsUnknown() throws Exception {
        answerPost(SEARCH, """
                {"total":2,"results":[
                  {"id":"501","properties":{"name":"Hafen Logistik","hubspot_owner_id":"11","last_login_date":"1764115200000",
                    "oldest_unpaid_due":"2026-10-20","escalations_30d":"1","milestone_delayed":"true","dealfocus_health":null},
                   "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-11-29T00:00:00Z","archived":false},
                  {"id":"502","properties":{"name":"Isar Software","hubspot_owner_id":"12","last_login_date":"",
                    "oldest_unpaid_due":null,"escalations_30d":null,"milestone_delayed":"false","dealfocus_health":"YELLOW"},
                   "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-11-29T00:00:00Z","archived":false}]}""");
        CustomerSource.Page page = new HubSpotCustomers(http, "2026-03", MAPPED, ZoneId.of("Europe/Berlin")).read(null, calls);

        assertThat(page.nextCursor()).as("a short page is the last").isNull();
        CustomerFacts hafen = page.customers().get(0);
        assertThat(hafen.lastUsedOn()).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(hafen.paymentKnown()).isTrue();
        assertThat(hafen.oldestUnpaidDue()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(hafen.escalations()).isEqualTo(1);
        assertThat(hafen.changeRequests()).as("not mapped: no data").isNull();
        assertThat(hafen.delays()).isEqualTo(1);
        assertThat(hafen.ownerId()).isEqualTo("11");
        CustomerFacts isar = page.customers().get(1);
        assertThat(isar.lastUsedOn()).as("an empty value: no data").isNull();
        assertThat(isar.oldestUnpaidDue()).as("payment mapped, empty due date: nothing unpaid").isNull();
        assertThat(isar.paymentKnown()).isTrue();
        assertThat(isar.shownLight()).isEqualTo(Light.YELLOW);

        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                {"filterGroups":[{"filters":[{"propertyName":"lifecyclestage","operator":"EQ","value":"customer"},
                  {"propertyName":"hs_object_id","operator":"GT","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
                 "properties":["name","hubspot_owner_id","last_login_date","oldest_unpaid_due","escalations_30d","milestone_delayed",
                   "dealfocus_health"],"limit":200,"after":"0"}""")));
        var body = new ObjectMapper().readTree(hubspot.findAll(postRequestedFor(urlEqualTo(SEARCH))).get(0).getBodyAsString());
        assertThat(SpecCheck.violations("POST", SEARCH, body)).isEmpty();
        assertThat(calls.count()).isEqualTo(1);
    }

    @Test
    void givenACustomerSuccessOwnerField_itsOwnerGetsTheCustomer_whereItNamesSomeone() {
        answerPost(SEARCH, """
                {"total":2,"results":[
                  {"id":"501","properties":{"name":"A","hubspot_owner_id":"11","csm_owner":"77"},
                   "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-11-29T00:00:00Z","archived":false},
                  {"id":"502","properties":{"name":"B","hubspot_owner_id":"12","csm_owner":""},
                   "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-11-29T00:00:00Z","archived":false}]}""");
        CustomerProperties withCsm = new CustomerProperties("last_login_date", null, null, null, null, null, "csm_owner");
        CustomerSource.Page page = new HubSpotCustomers(http, "2026-03", withCsm, ZoneId.of("Europe/Berlin")).read(null, calls);
        assertThat(page.customers()).extracting(CustomerFacts::ownerId).containsExactly("77", "12");
    }

    @Test
    void givenAUsageScoreProperty_itIsAskedForAndReadAsANumber() {
        answerPost(SEARCH, """
                {"total":1,"results":[
                  {"id":"501","properties":{"name":"A","hubspot_owner_id":"11","health_score":"37.5"},
                   "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-11-29T00:00:00Z","archived":false}]}""");
        CustomerProperties scored = new CustomerProperties(null, null, null, null, null, null, null,
                dev.dealfocus.crm.shared.CustomerRecords.Settings.NONE, "health_score");
        CustomerSource.Page page = new HubSpotCustomers(http, "2026-03", scored, ZoneId.of("Europe/Berlin")).read(null, calls);
        assertThat(page.customers().get(0).usageScore()).isEqualByComparingTo("37.5");
        assertThat(page.customers().get(0).lastUsedOn()).isNull();
        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.properties[2]",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("health_score"))));
    }

    @Test
    void givenAFullPage_theCursorIsItsLastCompany() {
        StringBuilder results = new StringBuilder();
        for (int i = 1; i <= HubSpotCustomers.PAGE; i++) {
            results.append(i == 1 ? "" : ",").append("{\"id\":\"").append(1000 + i).append("\",\"properties\":{\"name\":\"C")
                    .append(i).append("\"},\"createdAt\":\"2025-01-01T00:00:00Z\",\"updatedAt\":\"2025-01-01T00:00:00Z\",\"archived\":false}");
        }
        answerPost(SEARCH, "{\"total\":450,\"results\":[" + results + "],\"paging\":{\"next\":{\"after\":\"200\"}}}");
        CustomerSource.Page page = new HubSpotCustomers(http, "2026-03", MAPPED, ZoneId.of("Europe/Berlin")).read("1000", calls);
        assertThat(page.nextCursor()).isEqualTo("1200");
        hubspot.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.filterGroups[0].filters[1].value", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1000"))));
    }
}
