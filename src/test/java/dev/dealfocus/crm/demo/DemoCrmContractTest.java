package dev.dealfocus.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.config.ConfigFixture;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.ReadSpec;
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
    protected String untouchedDealId() {
        return "D-1002";
    }

    @Override
    protected String closedDealId() {
        return "D-1050";
    }

    @Override
    protected int expectedDeals() {
        return 48;
    }

    @Override
    protected ReadSpec spec() {
        return new ReadSpec(ConfigFixture.demoPolicy().inputProperties());
    }

    @Override
    protected Instant now() {
        return CLOCK.instant();
    }

    private DemoHands hands() {
        return new DemoHands((DemoCrm) crm);
    }

    @Test
    void givenWrites_state_isReadableJsonAndSurvivesReopening() throws Exception {
        hands().setStatusByHand("D-1001", Status.PARKED);
        assertThat(Files.readString(stateDir.resolve("state.json"))).contains("\"dealfocus_status\" : \"PARKED\"");
        DemoCrm reopened = open(stateDir, CLOCK);
        assertThat(new DemoHands(reopened).read("D-1001").dealFocus().status()).isEqualTo(Status.PARKED);
    }

    @Test
    void givenRelativeDates_snapshot_resolvesThemAgainstToday() {
        DealSnapshot d = hands().read("D-1017"); // Linden Pharma: last meeting today-30
        assertThat(d.activities()).anySatisfy(a ->
                assertThat(LocalDate.ofInstant(a.at(), CLOCK.getZone())).isEqualTo(LocalDate.of(2026, 10, 31)));
        assertThat(d.teamId()).isEqualTo("T-PARTNER");
    }

    @Test
    void givenPersonBooksMeeting_read_showsAnOpenMeetingByAPerson() {
        hands().bookMeeting("D-1018", LocalDate.of(2026, 12, 3));
        DealSnapshot d = hands().read("D-1018");
        assertThat(d.activities()).anySatisfy(a -> assertThat(a.open() && !a.byDealFocus()).isTrue());
    }

    @Test
    void givenARecordThatIsNoDeal_read_skipsItWithTheReasonAndReadsTheOthers(@TempDir Path other) throws Exception {
        String data = "{\"deals\": [{\"id\": \"D-1\", \"name\": \"Fine\", \"owner\": \"O-1\", \"created\": \"today-20\"},"
                + " {\"id\": \"D-2\", \"name\": \"Odd money\", \"owner\": \"O-1\", \"created\": \"today-20\","
                + " \"amount\": 100, \"currency\": \"EURO\"}]}";
        DemoCrm demo = DemoCrm.open(new java.io.ByteArrayInputStream(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                other, MAPPER, CLOCK);
        DealPage page = demo.readDeals(spec(), null, null, new ApiCalls());
        assertThat(page.deals()).extracting(DealSnapshot::id).containsExactly("D-1");
        assertThat(page.skipped()).singleElement().satisfies(s -> {
            assertThat(s.dealId()).isEqualTo("D-2");
            assertThat(s.reason()).contains("EURO");
        });
    }

    @Test
    void givenADealWithoutAnOwner_read_returnsItWithoutOwnerOrTeam(@TempDir Path other) throws Exception {
        String data = "{\"deals\": [{\"id\": \"D-1\", \"name\": \"Nobody's\", \"created\": \"today-20\"}]}";
        DemoCrm demo = DemoCrm.open(new java.io.ByteArrayInputStream(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                other, MAPPER, CLOCK);
        DealSnapshot deal = demo.readDeals(spec(), null, null, new ApiCalls()).deals().get(0);
        assertThat(deal.ownerId()).isNull();
        assertThat(deal.teamKey()).isNull();
    }
}
