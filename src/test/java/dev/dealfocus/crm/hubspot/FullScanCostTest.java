package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the deal-fetching requests of a full scan both ways on portals of realistic mixes
 * (docs/BEHAVIOR-hubspot.md, "Reading deals"): the list endpoint, 100 deals a page, pages through
 * every deal ever, closed ones too; the search on open deals, windowed by id, takes 200 a page.
 * Prints one line per mix; the search must never cost more.
 */
@QuarkusTest
class FullScanCostTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @ParameterizedTest(name = "{0} open, {1} closed")
    @CsvSource({"150, 50", "300, 2700", "2000, 8000"})
    void givenAPortal_theSearchScan_costsNoMoreRequestsThanTheList(int open, int closed) throws Exception {
        MutableClock clock = new MutableClock(NOW, ZoneId.of("Europe/Berlin"));
        HubSpotSimulator portal = new HubSpotSimulator(clock);
        for (int i = 0; i < open + closed; i++) {
            // closed deals are the older ones, as in a portal a few years old
            portal.deal(String.valueOf(1000 + i), NOW.minusSeconds(86_400L * 3), Map.of("dealname", "D" + i,
                    "hs_is_closed", String.valueOf(i < closed)));
        }
        portal.serve();
        try {
            int list = listPages(portal);
            HubSpotCrm crm = HubSpotCrm.connect(HubSpotCrmContractTest.settings(portal.baseUrl()), Mappers.service(), clock,
                    clock::advance);
            portal.clearRequests();
            String cursor = null;
            int read = 0;
            do {
                var page = crm.readDeals(new ReadSpec(Set.of()), null, cursor, new ApiCalls());
                read += page.deals().size();
                cursor = page.nextCursor();
            } while (cursor != null);
            long search = portal.requests().stream().filter(r -> r.path().endsWith("/search")).count();
            System.out.printf("full scan of %d open + %d closed deals: list endpoint %d requests, search %d requests%n",
                    open, closed, list, search);
            assertThat(read).isEqualTo(open);
            assertThat(search).isLessThanOrEqualTo(list);
        } finally {
            portal.shutdown();
        }
    }

    /** Pages through GET /crm/objects/2026-03/deals as a list-based scan would. */
    private static int listPages(HubSpotSimulator portal) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        com.fasterxml.jackson.databind.ObjectMapper json = Mappers.service();
        String after = null;
        int pages = 0;
        do {
            String url = portal.baseUrl() + "/crm/objects/2026-03/deals?limit=100&properties=dealname,hs_is_closed"
                    + (after == null ? "" : "&after=" + after);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + HubSpotSimulator.TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode page = json.readTree(answer.body());
            pages++;
            after = page.path("paging").path("next").path("after").asText(null);
        } while (after != null);
        return pages;
    }
}
