package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers in the spec's PortalInformationResponse and CollectionResponsePublicOwnerForwardPaging shapes. */
@QuarkusTest
class HubSpotDirectoryTest extends WireMockHubSpot {
    private HubSpotDirectory directory;

    @BeforeEach
    void reader() {
        directory = new HubSpotDirectory(http, "2026-03");
    }

    private static void answer(String url, String body) {
        hubspot.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void givenTheAccountDetails_portal_readsIdCurrencyAndTimeZone() {
        answer("/account-info/2026-03/details", """
                {"portalId":62515,"accountType":"STANDARD","timeZone":"America/New_York","companyCurrency":"USD",
                 "additionalCurrencies":["EUR"],"utcOffset":"-05:00","utcOffsetMilliseconds":-18000000,
                 "uiDomain":"app.hubspot.com","dataHostingLocation":"na1"}""");
        HubSpotDirectory.Portal portal = directory.portal(calls);
        assertThat(portal).isEqualTo(new HubSpotDirectory.Portal("62515", "USD", ZoneId.of("America/New_York")));
    }

    @Test
    void givenTwoPagesOfOwners_owners_readsBothWithTheirPrimaryTeam() {
        answer("/crm/owners/2026-03?limit=100&archived=false", """
                {"results":[
                  {"id":"11","email":"ana@example.com","firstName":"Ana","lastName":"Ruiz","type":"PERSON","archived":false,
                   "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z",
                   "teams":[{"id":"t-east","name":"East","primary":false},{"id":"t-west","name":"West","primary":true}]}],
                 "paging":{"next":{"after":"11","link":"?after=11"}}}""");
        answer("/crm/owners/2026-03?limit=100&after=11&archived=false", """
                {"results":[{"id":"12","email":"bo@example.com","type":"PERSON","archived":false,
                  "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","teams":[]}]}""");
        Map<String, HubSpotDirectory.Owner> owners = directory.owners(calls);
        assertThat(owners).containsOnlyKeys("11", "12");
        assertThat(owners.get("11").primaryTeamId()).isEqualTo("t-west");
        assertThat(owners.get("12").primaryTeamId()).isNull();
        assertThat(calls.count()).isEqualTo(2);
    }
}
