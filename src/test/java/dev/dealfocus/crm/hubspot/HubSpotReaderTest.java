package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.ReadSpec;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One page with a deal a person keeps moving, a deal DealFocus parked (its own task rolled up as the
 * next activity, a person's meeting hidden behind it), a closed deal and a merge.
 */
@QuarkusTest
class HubSpotReaderTest extends WireMockHubSpot {
    private static final String STAMPS = "\"createdAt\":\"2026-10-01T08:00:00Z\",\"updatedAt\":\"2026-11-29T08:00:00Z\",\"archived\":false";
    private static final DealMapper.Context CONTEXT = new DealMapper.Context(
            Map.of("11", new HubSpotDirectory.Owner("11", "ana@example.com", "t-west")), "EUR", ZoneId.of("Europe/Berlin"), Map.of());

    private static void answer(String path, String results) {
        hubspot.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"COMPLETE\",\"startedAt\":\"2026-11-30T09:00:00Z\",\"completedAt\":\"2026-11-30T09:00:00Z\","
                        + "\"total\":3,\"results\":[" + results + "]}")));
    }

    private static String deal(String id, String properties) {
        return "{\"id\":\"" + id + "\",\"properties\":{\"hs_object_id\":\"" + id + "\",\"createdate\":\"2026-10-01T08:00:00Z\","
                + "\"pipeline\":\"default\",\"hubspot_owner_id\":\"11\",\"hs_lastmodifieddate\":\"2026-11-29T08:00:00Z\"," + properties + "}," + STAMPS + "}";
    }

    private static String association(String from, String... to) {
        StringBuilder targets = new StringBuilder();
        for (String t : to) {
            targets.append(targets.length() == 0 ? "" : ",").append("{\"toObjectId\":\"").append(t)
                    .append("\",\"associationTypes\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"label\":null}]}");
        }
        return "{\"from\":{\"id\":\"" + from + "\"},\"to\":[" + targets + "]}";
    }

    @Test
    void givenAMixedPage_page_readsPeoplesStepsFromRollUpsAndEngagementsOnlyWhereNeeded() {
        answer("/crm/objects/2026-03/deals/search", String.join(",",
                deal("101", "\"dealname\":\"Acme\",\"hs_is_closed\":\"false\",\"notes_next_activity_date\":\"2026-12-10T14:00:00Z\""),
                deal("102", "\"dealname\":\"Globex\",\"hs_is_closed\":\"false\",\"notes_next_activity_date\":\"2027-03-01T08:00:00Z\","
                        + "\"notes_last_updated\":\"2026-11-30T09:00:02Z\",\"dealfocus_status\":\"PARKED\","
                        + "\"dealfocus_task_due\":\"2027-03-01\",\"dealfocus_activity_at\":\"2026-11-30T09:00:00Z\","
                        + "\"hs_merged_object_ids\":\"99\""),
                deal("103", "\"dealname\":\"Initech\",\"hs_is_closed\":\"true\"")));
        answer("/crm/associations/2026-03/deals/contacts/batch/read", association("101", "501"));
        answer("/crm/objects/2026-03/contacts/batch/read?archived=false",
                "{\"id\":\"501\",\"properties\":{\"hs_buying_role\":\"DECISION_MAKER\",\"hs_email_optout\":\"false\"}," + STAMPS + "}");
        answer("/crm/associations/2026-03/deals/tasks/batch/read", association("102", "9001"));
        answer("/crm/associations/2026-03/deals/meetings/batch/read", association("102", "8001"));
        answer("/crm/associations/2026-03/deals/notes/batch/read", "");
        answer("/crm/associations/2026-03/deals/calls/batch/read", "");
        answer("/crm/associations/2026-03/deals/emails/batch/read", "");
        answer("/crm/objects/2026-03/tasks/batch/read?archived=false", "{\"id\":\"9001\",\"properties\":{\"hs_timestamp\":\"2027-03-01T08:00:00Z\","
                + "\"hs_task_status\":\"NOT_STARTED\",\"hs_createdate\":\"2026-11-30T09:00:02Z\",\"dealfocus_key\":\"REENGAGE_TASK:k1\"}," + STAMPS + "}");
        answer("/crm/objects/2026-03/meetings/batch/read?archived=false", "{\"id\":\"8001\",\"properties\":{\"hs_timestamp\":\"2027-03-15T13:00:00Z\","
                + "\"hs_meeting_start_time\":\"2027-03-15T13:00:00Z\",\"hs_meeting_outcome\":\"SCHEDULED\",\"hs_createdate\":\"2026-12-02T10:00:00Z\"},"
                + STAMPS + "}");

        DealPage page = new HubSpotReader(http, "2026-03", null).page(new ReadSpec(Set.of()), null, null, CONTEXT, calls);

        assertThat(page.deals()).extracting(DealSnapshot::id).containsExactly("101", "102");
        assertThat(page.departures()).containsExactlyInAnyOrder(
                new Departure("103", "Initech", Departure.Reason.CLOSED, null), new Departure("99", null, Departure.Reason.MERGED, "102"));
        DealSnapshot acme = page.deals().get(0);
        assertThat(acme.contacts()).extracting(c -> c.buyingRole()).containsExactly("DECISION_MAKER");
        assertThat(acme.activities()).singleElement().satisfies(a -> {
            assertThat(a.open()).isTrue();
            assertThat(a.byDealFocus()).isFalse();
        });
        DealSnapshot globex = page.deals().get(1);
        assertThat(globex.dealFocus().get(DealField.STATUS)).isEqualTo("PARKED");
        assertThat(globex.activities()).extracting(Activity::id, Activity::dealFocusKind)
                .containsExactlyInAnyOrder(tuple("9001", WrittenKind.REENGAGE_TASK), tuple("8001", null));
        assertThat(page.nextCursor()).isNull();
        assertThat(page.highWaterMark()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
        // search 1, contacts: associations 1 + batch read 1; engagements of the one unsure deal: 5 associations + 2 reads
        assertThat(calls.count()).isEqualTo(10);
        hubspot.verify(0, postRequestedFor(urlEqualTo("/crm/objects/2026-03/notes/batch/read?archived=false")));
    }
}
