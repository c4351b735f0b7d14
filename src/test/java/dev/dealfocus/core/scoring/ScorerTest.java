package dev.dealfocus.core.scoring;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final RepEntered BUDGET_OPTIONS = new RepEntered("budget_status",
            Map.of("none", 0, "vague", 10, "Confirmed", 20), "budget_evidence");
    private static final BudgetFromAmount BUDGET_DERIVED = new BudgetFromAmount("budget_approved", 20, 10);

    private static DimensionScore score(DimensionMapping mapping, DealSnapshot deal) {
        return new Scorer(Map.of(mapping.dimension(), mapping)).score(deal, TODAY).get(mapping.dimension());
    }

    @Test
    void givenRepEnteredOption_score_mapsItToPointsWithTheRepsEvidence() {
        DealSnapshot deal = deal().property("budget_status", "confirmed")
                .property("budget_evidence", "approved up to 25,000 EUR by the CFO").build();
        DimensionScore s = score(new DimensionMapping(Dimension.BUDGET, BUDGET_OPTIONS, null), deal);
        assertThat(s.points()).isEqualTo(20);
        assertThat(s.evidence()).isEqualTo("Budget: approved up to 25,000 EUR by the CFO");
    }

    @Test
    void givenEmptyRepField_score_usesTheDerivedRule() {
        DealSnapshot deal = deal().amount("25000", "EUR").property("budget_approved", "true").build();
        DimensionScore s = score(new DimensionMapping(Dimension.BUDGET, BUDGET_OPTIONS, BUDGET_DERIVED), deal);
        assertThat(s.points()).isEqualTo(20);
        assertThat(s.evidence()).isEqualTo("Budget: approved up to 25,000 EUR");
    }

    @Test
    void givenEmptyRepFieldAndNoDerivedRule_score_isUnknownWithZeroPoints() {
        DimensionScore s = score(new DimensionMapping(Dimension.BUDGET, BUDGET_OPTIONS, null), deal().build());
        assertThat(s.known()).isFalse();
        assertThat(s.points()).isZero();
        assertThat(s.evidence()).isEqualTo("Budget: no information in the CRM");
    }

    @Test
    void givenUnknownOption_score_saysWhichValueIsNotConfigured() {
        DimensionScore s = score(new DimensionMapping(Dimension.BUDGET, BUDGET_OPTIONS, null),
                deal().property("budget_status", "maybe").build());
        assertThat(s.known()).isFalse();
        assertThat(s.evidence()).contains("\"maybe\"").contains("budget_status");
    }

    @Test
    void givenPointsOutside0To20_score_treatsThemAsInvalid() {
        RepEntered points = new RepEntered("fit_points", Map.of(), null);
        assertThat(score(new DimensionMapping(Dimension.FIT, points, null), deal().property("fit_points", "25").build()).known())
                .isFalse();
        assertThat(score(new DimensionMapping(Dimension.FIT, points, null), deal().property("fit_points", "12").build()).points())
                .isEqualTo(12);
        assertThatThrownBy(() -> new RepEntered("x", Map.of("big", 21), null)).hasMessageContaining("0-20");
    }

    @Test
    void givenCloseDate_timelineRule_givesFullPointsPushedFewerAndPassedNone() {
        DimensionMapping timeline = new DimensionMapping(Dimension.TIMELINE, null, new TimelineFromCloseDate(2, 20, 10));
        DimensionScore future = score(timeline, deal().closeDate(TODAY.plusDays(30), 0).build());
        assertThat(future.points()).isEqualTo(20);
        assertThat(future.evidence()).isEqualTo("Timeline: decision by 2026-12-30");
        assertThat(future.facts()).containsEntry("kind", "close-date").containsEntry("date", "2026-12-30");
        assertThat(score(timeline, deal().closeDate(TODAY.plusDays(30), 3).build()).points()).isEqualTo(10);
        assertThat(score(timeline, deal().closeDate(TODAY.minusDays(1), 0).build()).points()).isZero();
        assertThat(score(timeline, deal().closeDate(null, 0).build()).evidence()).isEqualTo("Timeline: no decision date set");
    }

    @Test
    void givenContactsBuyingRoles_decisionMakerRule_takesTheBestRole() {
        DimensionMapping dm = new DimensionMapping(Dimension.DECISION_MAKER, null,
                new DecisionMakerFromRoles(Map.of("DECISION_MAKER", 20, "CHAMPION", 10)));
        DealSnapshot deal = deal().contacts(new Contact("C-1", "champion", Consent.UNKNOWN),
                new Contact("C-2", "DECISION_MAKER", Consent.UNKNOWN)).build();
        assertThat(score(dm, deal).points()).isEqualTo(20);
        assertThat(score(dm, deal().contacts(new Contact("C-1", "USER", Consent.UNKNOWN)).build()).evidence())
                .isEqualTo("Decision maker: no contact with a decision role among 1 contacts");
    }

    @Test
    void givenAContactWithSeveralRolesStoredAsOneValue_decisionMakerRule_takesItsBestRole() {
        // HubSpot's and Salesforce's multi-selects store several values as "A;B"
        DimensionMapping dm = new DimensionMapping(Dimension.DECISION_MAKER, null,
                new DecisionMakerFromRoles(Map.of("DECISION_MAKER", 20, "CHAMPION", 10)));
        DimensionScore score = score(dm, deal().contacts(new Contact("C-1", "END_USER;CHAMPION; DECISION_MAKER", Consent.UNKNOWN)).build());
        assertThat(score.points()).isEqualTo(20);
        assertThat(score.evidence()).isEqualTo("Decision maker: contact with buying role DECISION_MAKER involved");
    }

    @Test
    void givenDimensionWithoutMapping_score_isUnknown() {
        Scorecard card = new Scorer(Map.of()).score(deal().build(), TODAY);
        assertThat(card.knownCount()).isZero();
        assertThat(card.total()).isZero();
    }
}
