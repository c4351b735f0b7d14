package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.crm.CrmGatewayContractTest;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * The port's contract on a simulated HubSpot portal prepared by the real setup: 250 open deals (two
 * search pages), one closed deal, owners with teams. Every request body is checked against HubSpot's
 * published request schemas.
 */
@QuarkusTest
public class HubSpotCrmContractTest extends CrmGatewayContractTest {
    static final String FALLBACK_OWNER = "101";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private HubSpotSimulator portal;

    /** Settings as the service builds them, against {@code baseUrl}. */
    static HubSpotCrm.Settings settings(String baseUrl) {
        return new HubSpotCrm.Settings(URI.create(baseUrl + "/"), HubSpotSimulator.TOKEN, "2026-03", Duration.ofSeconds(5), 100, 5,
                0.8, true, FALLBACK_OWNER, ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), Map.of(), Duration.ofHours(1));
    }

    @Override
    protected String ownerId() {
        return "101";
    }

    @Override
    protected CrmGateway gateway() {
        portal = new HubSpotSimulator(clock);
        portal.owner("101", "ana@example.com", "7").owner("102", "ben@example.com", "7");
        Instant created = Instant.parse("2026-10-01T08:00:00Z");
        for (int i = 1001; i <= 1250; i++) {
            portal.deal(String.valueOf(i), created, Map.of("dealname", "Deal " + i, "hubspot_owner_id", "101",
                    "dealstage", "qualifiedtobuy", "amount", "12000", "closedate", "2027-02-01"));
        }
        portal.deal("1300", created, Map.of("dealname", "Won already", "hs_is_closed", "true", "hs_is_closed_won", "true",
                "dealstage", "closedwon"));
        portal.serve();
        HubSpotCrm crm = HubSpotCrm.connect(settings(portal.baseUrl()), Mappers.service(), clock, clock::advance);
        crm.setup().run(List.of(), false, new ApiCalls());
        portal.clearRequests();
        return crm;
    }

    @AfterEach
    void closePortal() {
        assertThat(portal.violations()).as("request bodies against HubSpot's published spec").isEmpty();
        assertThat(portal.rateLimited()).as("requests over HubSpot's limits").isZero();
        portal.shutdown();
    }

    @Override
    protected void changeAsAPerson(String dealId) {
        portal.edit(dealId, Map.of("dealname", "Renamed by a rep"));
    }

    @Override
    protected OptionalLong requestsReceived() {
        return OptionalLong.of(portal.requests().size());
    }

    @Override
    protected String knownDealId() {
        return "1001";
    }

    @Override
    protected String untouchedDealId() {
        return "1002";
    }

    @Override
    protected String closedDealId() {
        return "1300";
    }

    @Override
    protected int expectedDeals() {
        return 250;
    }

    @Override
    protected ReadSpec spec() {
        return new ReadSpec(Set.of("dealfocus_problem", "amount"));
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @org.junit.jupiter.api.Test
    void givenTheSetup_thePortalHasEveryDealFocusFieldAndTheKeyTravelsInTheBody() {
        for (DealField f : DealField.values()) {
            assertThat(portal.hasProperty("deals", f.property())).as(f.property()).isTrue();
        }
        assertThat(portal.hasProperty("notes", WriteBodies.KEY_PROPERTY)).isFalse();
    }
}
