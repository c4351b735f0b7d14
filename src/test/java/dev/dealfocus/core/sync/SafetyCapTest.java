package dev.dealfocus.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SafetyCapTest {
    private static final BigDecimal CAP = new BigDecimal("0.20");

    private static Set<String> deals(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "D-" + i).collect(Collectors.toSet());
    }

    @Test
    void givenTenOfFiftyManagedDealsChangingStatus_check_appliesAtExactly20Percent() {
        SafetyCap.Verdict verdict = SafetyCap.check(deals(0, 10), Set.of(), 50, CAP);
        assertThat(verdict.changes()).isEqualTo(10);
        assertThat(verdict.held()).isFalse();
        assertThat(verdict.explanation())
                .isEqualTo("10 of 50 managed deals change status; 10 in the last 24 hours (20 %), within the safety cap of 20 %.");
    }

    @Test
    void givenElevenOfFiftyManagedDealsChangingStatus_check_holdsThePlanAndSaysWhy() {
        SafetyCap.Verdict verdict = SafetyCap.check(deals(0, 11), Set.of(), 50, CAP);
        assertThat(verdict.held()).isTrue();
        assertThat(verdict.explanation()).isEqualTo("The plan would change the status of 11 of 50 managed deals (22 %), "
                + "more than the safety cap of 20 %: it is held as a dry run until an operator confirms it.");
    }

    @Test
    void givenChangesEarlierTheSameDay_check_addsThemUpAndHoldsTheRunThatCrossesTheCap() {
        SafetyCap.Verdict verdict = SafetyCap.check(deals(56, 7), deals(0, 56), 300, CAP);
        assertThat(verdict.total()).isEqualTo(63);
        assertThat(verdict.held()).isTrue();
        assertThat(verdict.explanation()).isEqualTo("The plan would change the status of 7 deals; with the 56 changed in "
                + "the last 24 hours that makes 63 of 300 managed deals (21 %), more than the safety cap of 20 %: it is held "
                + "as a dry run until an operator confirms it.");
    }

    @Test
    void givenADealThatChangedEarlierAndChangesAgain_check_countsItOnce() {
        assertThat(SafetyCap.check(deals(0, 10), deals(5, 10), 100, CAP).total()).isEqualTo(15);
    }

    @Test
    void givenAPlanThatChangesNothing_check_holdsNothingWhateverTheDayBefore() {
        assertThat(SafetyCap.check(Set.of(), deals(0, 90), 100, CAP).held()).isFalse();
        assertThat(SafetyCap.check(Set.of(), Set.of(), 0, CAP).held()).isFalse();
    }
}
