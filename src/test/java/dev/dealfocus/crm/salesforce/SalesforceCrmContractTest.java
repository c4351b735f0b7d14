package dev.dealfocus.crm.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.crm.CrmGatewayContractTest;
import dev.dealfocus.testing.Mappers;
import dev.dealfocus.testing.MutableClock;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * The port's contract on a simulated Salesforce org: 250 open Opportunities (batches of 200 records,
 * so the full scan follows nextRecordsUrl), one closed, two owners in one department, the
 * client-credentials login.
 */
@QuarkusTest
public class SalesforceCrmContractTest extends CrmGatewayContractTest {
    static final String OWNER = "0055Y00000OWNR1AAA";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private SalesforceSimulator org;
    private String known;
    private String untouched;
    private String closed;

    /** Settings as the service builds them for the client-credentials flow, against {@code baseUrl}. */
    static SalesforceCrm.Settings settings(String baseUrl) {
        return new SalesforceCrm.Settings(URI.create(baseUrl + "/"), SalesforceSimulator.CLIENT_ID, SalesforceSimulator.CLIENT_SECRET,
                null, null, false, SalesforceSimulator.VERSION, SalesforceSimulator.ORG_ID, Duration.ofSeconds(5), 100, 0.8, 200,
                true, OWNER, ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), "Department", 180, Map.of(), Duration.ofHours(1));
    }

    @Override
    protected CrmGateway gateway() {
        org = new SalesforceSimulator(clock).batchSize(200);
        org.user(OWNER, "Ana Rep", "Enterprise");
        Instant created = Instant.parse("2026-10-01T08:00:00Z");
        for (int i = 1; i <= 250; i++) {
            String id = org.opportunity(created, Map.of("Name", "Deal " + i, "OwnerId", OWNER, "StageName", "Qualification",
                    "Amount", "12000", "CloseDate", LocalDate.of(2027, 2, 1)));
            known = i == 1 ? id : known;
            untouched = i == 2 ? id : untouched;
        }
        closed = org.opportunity(created, Map.of("Name", "Won already", "OwnerId", OWNER, "StageName", "Prospecting"));
        org.edit(closed, Map.of("StageName", "Closed Won"));
        org.serve();
        return SalesforceCrm.connect(settings(org.baseUrl()), Mappers.service(), clock, clock::advance);
    }

    @AfterEach
    void closeOrg() {
        assertThat(org.violations()).as("request bodies against Salesforce's shapes").isEmpty();
        org.shutdown();
    }

    @Override
    protected void changeAsAPerson(String dealId) {
        org.edit(dealId, Map.of("Name", "Renamed by a rep"));
        clock.advance(Duration.ofSeconds(1)); // the run that reads it starts after the change
    }

    @Override
    protected OptionalLong requestsReceived() {
        return OptionalLong.of(org.requests().size());
    }

    @Override
    protected String knownDealId() {
        return known;
    }

    @Override
    protected String untouchedDealId() {
        return untouched;
    }

    @Override
    protected String closedDealId() {
        return closed;
    }

    @Override
    protected int expectedDeals() {
        return 250;
    }

    @Override
    protected ReadSpec spec() {
        return new ReadSpec(Set.of("DealFocus_Problem__c", "Amount"));
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }
}
