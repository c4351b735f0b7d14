package dev.dealfocus.core.sync;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.decision.TeamMedians;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyCapTest {
    private static final BigDecimal CAP = new BigDecimal("0.20");
    private final DealAssessor assessor = new DealAssessor(Fixtures.policy(), Fixtures.CLOCK);
    private final Planner planner = new Planner(Fixtures.policy());

    /** 50 ACTIVE deals shown as ACTIVE, of which {@code parked} now score 40 and so change status. */
    private List<DealPlan> plansWithStatusChanges(int parked) {
        List<DealPlan> plans = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            DealSnapshot deal = deal().id("D-" + i).score(i < parked ? 40 : 80).shownStatus(Status.ACTIVE).build();
            plans.add(planner.plan(deal, assessor.assess(deal, null, TeamMedians.none())));
        }
        return plans;
    }

    @Test
    void givenTenOfFiftyStatusChanges_check_appliesAtExactly20Percent() {
        SafetyCap.Verdict verdict = SafetyCap.check(plansWithStatusChanges(10), 50, CAP);
        assertThat(verdict.statusChanges()).isEqualTo(10);
        assertThat(verdict.held()).isFalse();
        assertThat(verdict.explanation()).isEqualTo("10 of 50 assessed deals change status (20 %), within the safety cap of 20 %.");
    }

    @Test
    void givenElevenOfFiftyStatusChanges_check_holdsThePlanAndSaysWhy() {
        SafetyCap.Verdict verdict = SafetyCap.check(plansWithStatusChanges(11), 50, CAP);
        assertThat(verdict.held()).isTrue();
        assertThat(verdict.explanation()).isEqualTo("The plan would change the status of 11 of 50 assessed deals (22 %), "
                + "more than the safety cap of 20 %: it is held as a dry run until an operator confirms it.");
    }

    @Test
    void givenNothingAssessed_check_holdsNothing() {
        assertThat(SafetyCap.check(List.of(), 0, CAP).held()).isFalse();
    }
}
