package dev.dealfocus.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.crm.CrmGatewayContractTest;
import dev.dealfocus.testing.Mappers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DemoCrmContractTest extends CrmGatewayContractTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final ObjectMapper MAPPER = Mappers.service();

    @TempDir
    Path stateDir;

    public static DemoCrm open(Path stateDir, Clock clock) throws Exception {
        try (InputStream in = DemoCrm.class.getClassLoader().getResourceAsStream("demo/deals.json")) {
            return DemoCrm.open(in, stateDir, MAPPER, clock);
        }
    }

    @Override
    protected CrmGateway gateway() throws Exception {
        return open(stateDir, CLOCK);
    }

    @Override
    protected String knownDealId() {
        return "D-1001";
    }

    @Override
    protected int expectedDeals() {
        return 50;
    }

    @Override
    protected Instant now() {
        return CLOCK.instant();
    }

    @Test
    void givenWrites_state_isReadableJsonAndSurvivesReopening() throws Exception {
        DemoCrm demo = (DemoCrm) crm;
        demo.setStatusByHand("D-1001", Status.PARKED);
        assertThat(Files.readString(stateDir.resolve("state.json"))).contains("\"dealfocus_status\" : \"PARKED\"");
        DemoCrm reopened = open(stateDir, CLOCK);
        assertThat(reopened.readDealsById(List.of("D-1001")).get(0).dealFocus().status()).isEqualTo(Status.PARKED);
    }

    @Test
    void givenRelativeDates_snapshot_resolvesThemAgainstToday() {
        DealSnapshot d = crm.readDealsById(List.of("D-1017")).get(0); // Linden Pharma: last meeting today-30
        assertThat(d.activities()).anySatisfy(a ->
                assertThat(LocalDate.ofInstant(a.at(), CLOCK.getZone())).isEqualTo(LocalDate.of(2026, 10, 31)));
        assertThat(d.teamId()).isEqualTo("T-PARTNER");
    }

    @Test
    void givenPersonBooksMeeting_readDealsModifiedSince_returnsTheDeal() {
        DemoCrm demo = (DemoCrm) crm;
        demo.bookMeeting("D-1018", LocalDate.of(2026, 12, 3));
        DealSnapshot d = demo.readDealsById(List.of("D-1018")).get(0);
        assertThat(d.activities()).anySatisfy(a -> assertThat(a.open() && !a.byDealFocus()).isTrue());
    }
}
