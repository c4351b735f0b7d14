package dev.dealfocus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.StoredDecision;
import dev.dealfocus.crm.demo.DemoPipelines;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8: when the CRM merges a deal into another, the surviving deal carries on with its memory. */
class MergedDealsTest {
    private static final String DATA = """
            {"owners": [{"id": "O-1", "name": "Owner 1", "team": "T-A"}],
             "deals": [
              {"id": "D-QUIET", "name": "Quiet deal", "stage": "qualifiedtobuy", "owner": "O-1", "created": "today-90",
               "amount": 10000, "probability": 0.4, "closeDate": "today+30",
               "activities": [{"id": "E-1", "type": "EMAIL", "at": "today-45"}]}
             ]}""";

    @TempDir
    Path stateDir;
    private RunHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new RunHarness(clock -> DemoPipelines.of(DATA, stateDir, clock), Duration.ofDays(1));
    }

    /** The CRM now shows D-QUIET merged into D-SURVIVOR, which holds the same deal under a new id. */
    private static DealPage merged(DealPage page) {
        List<DealSnapshot> deals = new ArrayList<>();
        List<Departure> departures = new ArrayList<>(page.departures());
        for (DealSnapshot d : page.deals()) {
            if (d.id().equals("D-QUIET")) {
                deals.add(new DealSnapshot("D-SURVIVOR", d.name(), d.pipeline(), d.stage(), d.ownerId(), d.teamId(), d.createdAt(),
                        d.amount(), d.probability(), d.closeDate(), d.closeDatePushes(), d.properties(), d.contacts(),
                        d.activities(), d.dealFocus()));
                departures.add(new Departure("D-QUIET", d.name(), Departure.Reason.MERGED, "D-SURVIVOR"));
            } else {
                deals.add(d);
            }
        }
        return new DealPage(deals, departures, page.skipped(), page.nextCursor(), page.highWaterMark(), page.crmTime());
    }

    @Test
    void givenAParkedDealMergedIntoANewRecord_run_survivorKeepsTheParkingAndItsDayAndTheMergedOneIsRetired() {
        h.run(RunHarness.CONFIRM);
        StoredDecision parked = h.store.latest("D-QUIET").orElseThrow();
        assertThat(parked.status()).isEqualTo(Status.PARKED);
        LocalDate parkedOn = parked.decidedOn();

        h.clock.advance(Duration.ofDays(3));
        h.crm.pages = MergedDealsTest::merged;
        h.run(RunHarness.CONFIRM);

        StoredDecision survivor = h.store.latest("D-SURVIVOR").orElseThrow();
        assertThat(survivor.status()).isEqualTo(Status.PARKED);
        assertThat(survivor.decidedOn()).as("the merged deal's decision day carries on").isEqualTo(parkedOn);
        assertThat(h.store.latest("D-QUIET").orElseThrow().managed()).isFalse();
    }
}
