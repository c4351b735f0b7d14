package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandBoundaryTest {
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);

    private Assessment assess(DealSnapshot deal) {
        return assessor.assess(deal, Fixtures.NOW, null, TeamMedians.none());
    }

    @Test
    void givenScore70_assess_isActiveWithoutBandReason() {
        Assessment a = assess(deal().score(70).build());
        assertThat(a.score()).isEqualTo(70);
        assertThat(a.status()).isEqualTo(Status.ACTIVE);
        assertThat(a.reasons()).isEmpty();
    }

    @Test
    void givenScore69_assess_isNurtureBecauseOfBand() {
        Assessment a = assess(deal().score(69).build());
        assertThat(a.status()).isEqualTo(Status.NURTURE);
        assertThat(a.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BAND);
        assertThat(a.reasons().get(0).sentence()).isEqualTo("Score 69 is below the ACTIVE threshold of 70.");
    }

    @Test
    void givenScore55_assess_isNurture() {
        assertThat(assess(deal().score(55).build()).status()).isEqualTo(Status.NURTURE);
    }

    @Test
    void givenScore54_assess_parksDealBecauseOfBand() {
        Assessment a = assess(deal().score(54).build());
        assertThat(a.status()).isEqualTo(Status.PARKED);
        assertThat(a.reasons()).extracting(Reason::sentence)
                .containsExactly("Score 54 is below the NURTURE threshold of 55.");
    }

    @Test
    void givenPipelineWithOwnThresholds_assess_usesThatPipelinesBands() {
        Policy policy = new PolicyBuilder()
                .pipeline("enterprise", new PipelineRules(new Bands(80, 60), ExpiryRule.DEFAULT, Map.of())).build();
        DealAssessor perPipeline = new DealAssessor(policy, Fixtures.CLOCK);
        assertThat(perPipeline.assess(deal().score(75).pipeline("enterprise").build(), Fixtures.NOW, null, TeamMedians.none()).status())
                .isEqualTo(Status.NURTURE);
        assertThat(perPipeline.assess(deal().score(75).pipeline("default").build(), Fixtures.NOW, null, TeamMedians.none()).status())
                .isEqualTo(Status.ACTIVE);
    }

    @Test
    void givenScoreOf80_assess_explainsEveryDimensionWithEvidence() {
        DealSnapshot deal = deal().points(20, 20, 20, 20, 0)
                .property("df_timeline_evidence", "decision by week 25")
                .property("df_budget_evidence", "approved up to 25,000 EUR").build();
        Assessment a = assess(deal);
        assertThat(a.scorecard().inOrder()).extracting(s -> s.evidence()).containsExactly(
                "Problem: rep entered \"20\"", "Decision maker: rep entered \"20\"",
                "Timeline: decision by week 25", "Budget: approved up to 25,000 EUR", "Fit: rep entered \"0\"");
    }
}
