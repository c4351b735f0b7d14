package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealWindowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SINCE = Instant.parse("2026-11-29T08:00:00Z");
    private static final long MS = SINCE.toEpochMilli();

    /** A search answer as HubSpot sends it: total, results with id and properties, paging.next.after. */
    private static JsonNode answer(long total, String nextAfter, String... idAndModified) {
        ObjectNode answer = JSON.createObjectNode().put("total", total);
        ArrayNode results = answer.putArray("results");
        for (String item : idAndModified) {
            String[] p = item.split("@");
            results.addObject().put("id", p[0]).put("archived", false).putObject("properties")
                    .put("hs_object_id", p[0]).put("hs_lastmodifieddate", p[1]);
        }
        if (nextAfter != null) {
            answer.putObject("paging").putObject("next").put("after", nextAfter);
        }
        return answer;
    }

    @Test
    void givenAFullScan_request_asksForOpenDealsByAscendingIdWithSortObjects() throws Exception {
        JsonNode body = DealWindows.request(DealWindows.start(null), List.of("dealname", "amount"));
        assertThat(body).isEqualTo(JSON.readTree("""
                {"filterGroups":[{"filters":[
                   {"propertyName":"hs_is_closed","operator":"EQ","value":"false"},
                   {"propertyName":"hs_object_id","operator":"GT","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],
                 "properties":["dealname","amount"],"limit":200,"after":"0"}"""));
    }

    @Test
    void givenAFullPage_next_continuesAfterTheLastIdWithAFreshQuery() {
        assertThat(DealWindows.next("full:0", answer(450, "200", "101@2026-11-01T00:00:00Z", "305@2026-11-02T00:00:00Z")))
                .isEqualTo("full:305");
        assertThat(DealWindows.request("full:305", List.of()).path("filterGroups").get(0).path("filters").get(1)
                .path("value").asText()).isEqualTo("305");
        assertThat(DealWindows.next("full:305", answer(2, null, "401@2026-11-01T00:00:00Z", "402@2026-11-01T00:00:00Z")))
                .isNull();
    }

    @Test
    void givenChangedDeals_request_filtersByLastModifiedOldestFirstIncludingClosedOnes() {
        JsonNode body = DealWindows.request(DealWindows.start(SINCE), List.of("dealname"));
        JsonNode filters = body.path("filterGroups").get(0).path("filters");
        assertThat(filters).hasSize(1);
        assertThat(filters.get(0).path("propertyName").asText()).isEqualTo("hs_lastmodifieddate");
        assertThat(filters.get(0).path("operator").asText()).isEqualTo("GTE");
        assertThat(filters.get(0).path("value").asText()).isEqualTo(Long.toString(MS)); // epoch milliseconds
        assertThat(body.path("sorts").get(0).path("propertyName").asText()).isEqualTo("hs_lastmodifieddate");
    }

    @Test
    void givenMorePagesBelowTheCap_next_pagesWithAfter() {
        assertThat(DealWindows.next("changed:" + MS + ":0", answer(15_000, "200", "1@2026-11-29T08:00:01Z")))
                .isEqualTo("changed:" + MS + ":200");
        assertThat(DealWindows.request("changed:" + MS + ":200", List.of()).path("after").asText()).isEqualTo("200");
    }

    @Test
    void givenTheNextPageWouldPassTenThousand_next_restartsFromTheLastChangeTimeSeen() {
        String last = "2026-11-29T09:30:00.123Z";
        String next = DealWindows.next("changed:" + MS + ":9800", answer(15_000, "10000", "77@2026-11-29T09:29:00Z", "78@" + last));
        assertThat(next).isEqualTo("changed:" + Instant.parse(last).toEpochMilli() + ":0");
    }

    @Test
    void givenTenThousandDealsChangedInOneMillisecond_next_readsThemByIdThenMovesOn() {
        String same = SINCE.toString();
        String tie = DealWindows.next("changed:" + MS + ":9800", answer(12_000, "10000", "5@" + same, "6@" + same));
        assertThat(tie).isEqualTo("tie:" + MS + ":0");
        JsonNode filters = DealWindows.request(tie, List.of()).path("filterGroups").get(0).path("filters");
        assertThat(filters.get(0).path("operator").asText()).isEqualTo("EQ");
        assertThat(DealWindows.next(tie, answer(12_000, null, "5@" + same, "9@" + same))).isEqualTo("tie:" + MS + ":9");
        assertThat(DealWindows.next("tie:" + MS + ":9", answer(1, null, "12@" + same))).isEqualTo("changed:" + (MS + 1) + ":0");
    }

    @Test
    void givenAPage_highWaterMark_isItsLatestChange() {
        assertThat(DealWindows.highWaterMark(answer(2, null, "1@2026-11-29T08:00:01Z", "2@2026-11-29T08:00:00.500Z")))
                .isEqualTo(Instant.parse("2026-11-29T08:00:01Z"));
        assertThat(DealWindows.highWaterMark(answer(0, null))).isNull();
    }
}
