package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Answers in the spec's BatchResponseSimplePublicObject shape. */
@QuarkusTest
class HubSpotContactsTest extends WireMockHubSpot {
    private static final String PATH = "/crm/objects/2026-03/contacts/batch/read?archived=false";

    @Test
    void givenContacts_read_takesRolesAndOptOutsAndSkipsUnknownIds() {
        hubspot.stubFor(post(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"properties":["hs_buying_role","hs_email_optout"],"propertiesWithHistory":[],
                 "inputs":[{"id":"501"},{"id":"502"},{"id":"503"}]}"""))
                .willReturn(aResponse().withStatus(207).withHeader("Content-Type", "application/json").withBody("""
                        {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:00Z",
                         "results":[
                          {"id":"501","properties":{"hs_buying_role":"DECISION_MAKER;BUDGET_HOLDER","hs_email_optout":"false"},
                           "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","archived":false},
                          {"id":"502","properties":{"hs_buying_role":null,"hs_email_optout":"true"},
                           "createdAt":"2025-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","archived":false}],
                         "numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND",
                           "message":"Could not get some CONTACT objects, they may be deleted or not exist.",
                           "context":{"ids":["503"]},"errors":[],"links":{}}]}""")));
        Map<String, Contact> contacts = new HubSpotContacts(http, "2026-03").read(List.of("501", "502", "503"), calls);
        assertThat(contacts).containsOnlyKeys("501", "502");
        assertThat(contacts.get("501")).isEqualTo(new Contact("501", "DECISION_MAKER;BUDGET_HOLDER", Consent.UNKNOWN));
        assertThat(contacts.get("502")).isEqualTo(new Contact("502", null, Consent.OPTED_OUT));
    }

    @Test
    void given250Contacts_read_asksThreeTimes() {
        hubspot.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"COMPLETE\",\"startedAt\":\"2026-11-30T09:00:00Z\",\"completedAt\":\"2026-11-30T09:00:00Z\",\"results\":[]}")));
        new HubSpotContacts(http, "2026-03").read(IntStream.range(0, 250).mapToObj(Integer::toString).toList(), calls);
        hubspot.verify(3, postRequestedFor(urlEqualTo(PATH)));
        assertThat(calls.count()).isEqualTo(3);
    }
}
