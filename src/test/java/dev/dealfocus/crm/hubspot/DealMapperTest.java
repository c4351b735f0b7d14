package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.port.ReadSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A search result as HubSpot sends it: every asked property present, null when empty. */
class DealMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DealMapper.Context CONTEXT = new DealMapper.Context(
            Map.of("11", new HubSpotDirectory.Owner("11", "ana@example.com", "t-west")), "USD",
            ZoneId.of("Europe/Berlin"), Map.of(DealField.SCORE, "qual_score"));
    private static final ReadSpec SPEC = new ReadSpec(Set.of("dealfocus_budget", "dealfocus_fit"));

    private static JsonNode deal(String properties) throws Exception {
        return JSON.readTree("{\"id\":\"101\",\"properties\":{" + properties + "},"
                + "\"createdAt\":\"2026-10-01T08:00:00Z\",\"updatedAt\":\"2026-11-29T08:00:00Z\",\"archived\":false}");
    }

    @Test
    void givenAnOpenDeal_snapshot_takesItsFieldsOwnerTeamAndAskedProperties() throws Exception {
        DealSnapshot s = DealMapper.snapshot(deal("""
                "dealname":"Acme renewal","pipeline":"default","dealstage":"contractsent","hubspot_owner_id":"11",
                "createdate":"2026-10-01T08:00:00Z","amount":"12000.50","deal_currency_code":"EUR",
                "hs_deal_stage_probability":"0.9","closedate":"2026-12-31T23:00:00Z","hs_is_closed":"false",
                "dealfocus_budget":"approved","dealfocus_fit":null,"qual_score":"80","dealfocus_status":"ACTIVE",
                "dealfocus_task_due":"2026-12-07","notes_last_updated":null"""), CONTEXT, SPEC, List.of(), List.of(), 2);
        assertThat(s.id()).isEqualTo("101");
        assertThat(s.name()).isEqualTo("Acme renewal");
        assertThat(s.stage()).isEqualTo("contractsent");
        assertThat(s.teamId()).isEqualTo("t-west");
        assertThat(s.amount()).isEqualTo(new Money(new BigDecimal("12000.50"), "EUR"));
        assertThat(s.probability()).isEqualByComparingTo("0.9");
        assertThat(s.closeDate()).isEqualTo(LocalDate.of(2027, 1, 1)); // midnight in Berlin
        assertThat(s.closeDatePushes()).isEqualTo(2);
        assertThat(s.properties()).containsExactly(Map.entry("dealfocus_budget", "approved"));
        assertThat(s.dealFocus().score()).isEqualTo(80);
        assertThat(s.dealFocus().status()).isEqualTo(Status.ACTIVE);
        assertThat(s.dealFocus().ownTaskDue()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(s.createdAt()).isEqualTo(Instant.parse("2026-10-01T08:00:00Z"));
    }

    @Test
    void givenNoDealCurrency_snapshot_takesTheCompanyCurrencyAndAnOwnerlessDealHasNoTeam() throws Exception {
        DealSnapshot s = DealMapper.snapshot(deal("\"amount\":\"500\",\"deal_currency_code\":null,\"hubspot_owner_id\":null,"
                + "\"createdate\":\"2026-10-01T08:00:00Z\",\"pipeline\":null"), CONTEXT, SPEC, List.of(), List.of(), 0);
        assertThat(s.amount()).isEqualTo(Money.of("500", "USD"));
        assertThat(s.ownerId()).isNull();
        assertThat(s.teamId()).isNull();
        assertThat(s.pipeline()).isEqualTo("default");
    }

    @Test
    void givenAReadSpec_properties_asksForStandardOwnAndSpecPropertiesOnce() {
        List<String> asked = DealMapper.properties(new ReadSpec(Set.of("dealname", "dealfocus_fit")), CONTEXT);
        assertThat(asked).startsWith("dealname", "pipeline").contains("qual_score", "dealfocus_task_due", "dealfocus_fit",
                "notes_next_activity_date").doesNotHaveDuplicates().doesNotContain("dealfocus_score");
    }

    @Test
    void givenAClosedDeal_closed_isTrue() throws Exception {
        assertThat(DealMapper.closed(deal("\"hs_is_closed\":\"true\""))).isTrue();
        assertThat(DealMapper.closed(deal("\"hs_is_closed\":null"))).isFalse();
    }

    @Test
    void givenNoCreationDateAnywhere_snapshot_refusesTheRecord() throws Exception {
        JsonNode odd = JSON.readTree("{\"id\":\"9\",\"properties\":{\"createdate\":null}}");
        assertThatThrownBy(() -> DealMapper.snapshot(odd, CONTEXT, SPEC, List.of(), List.of(), 0))
                .hasMessageContaining("creation date");
    }
}
