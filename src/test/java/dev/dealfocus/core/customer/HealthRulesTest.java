package dev.dealfocus.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, item 2: each light boundary of the default signs, and signs without data. */
class HealthRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final HealthRules rules = new HealthRules(HealthPolicy.DEFAULT);

    /** A customer that uses the service and pays on time, no escalation, change request or delay. */
    static CustomerFacts fine() {
        return new CustomerFacts("C-1", "Acme", "O-1", TODAY.minusDays(2), null, true, null, 0, 0, 0, null);
    }

    static CustomerFacts with(CustomerFacts c, LocalDate lastUsed, boolean paymentKnown, LocalDate unpaidDue, Integer escalations,
                              Integer changeRequests, Integer delays) {
        return new CustomerFacts(c.id(), c.name(), c.ownerId(), lastUsed, c.usageScore(), paymentKnown, unpaidDue, escalations,
                changeRequests, delays, c.shownLight());
    }

    @ParameterizedTest(name = "invoice {0} days overdue: {1}")
    @CsvSource({"0, GREEN", "1, YELLOW", "30, YELLOW", "31, RED"})
    void givenAnUnpaidInvoice_theDaysSinceItsDueDateSetTheLight(int days, Light light) {
        Health h = rules.judge(with(fine(), TODAY.minusDays(2), true, TODAY.minusDays(days), 0, 0, 0), TODAY);
        assertThat(h.light()).isEqualTo(light);
        assertThat(h.signal(SignalKind.PAYMENT).evidence()).containsEntry("days", String.valueOf(days));
    }

    @ParameterizedTest(name = "{0} change requests in 90 days: {1}")
    @CsvSource({"2, GREEN", "3, YELLOW"})
    void givenChangeRequests_threeMakeItYellow(int requests, Light light) {
        assertThat(rules.judge(with(fine(), TODAY.minusDays(2), true, null, 0, requests, 0), TODAY).light()).isEqualTo(light);
    }

    @ParameterizedTest(name = "last use {0} days ago: {1}")
    @CsvSource({"30, GREEN", "31, RED"})
    void givenUsage_moreThanThirtyDaysWithoutUseIsRed(int days, Light light) {
        assertThat(rules.judge(with(fine(), TODAY.minusDays(days), true, null, 0, 0, 0), TODAY).light()).isEqualTo(light);
    }

    @ParameterizedTest(name = "usage score {0}, minimum 40: {1}")
    @CsvSource({"39.9, RED", "40, GREEN"})
    void givenAUsageScoreAndNoLastUse_aScoreBelowTheMinimumIsRed(String score, Light light) {
        HealthRules scored = new HealthRules(new HealthPolicy(30, new java.math.BigDecimal("40"), 30, 3, 6));
        CustomerFacts c = new CustomerFacts("C-1", "Acme", "O-1", null, new java.math.BigDecimal(score), true, null, 0, 0, 0, null);
        Health h = scored.judge(c, TODAY);
        assertThat(h.light()).isEqualTo(light);
        assertThat(h.signal(SignalKind.USAGE).evidence()).containsEntry("min", "40");
    }

    @Test
    void givenAnEscalationOrADelay_escalationIsRedAndDelayYellow() {
        assertThat(rules.judge(with(fine(), TODAY, true, null, 1, 0, 0), TODAY).light()).isEqualTo(Light.RED);
        assertThat(rules.judge(with(fine(), TODAY, true, null, 0, 0, 1), TODAY).light()).isEqualTo(Light.YELLOW);
    }

    @Test
    void givenUsageOrPaymentWithoutData_theLightIsUnknown_andThoseSignsAreNamedUnknown() {
        Health noUsage = rules.judge(with(fine(), null, true, null, 0, 0, 0), TODAY);
        assertThat(noUsage.unknown()).isTrue();
        assertThat(noUsage.at(Signal.Level.UNKNOWN)).containsExactly(SignalKind.USAGE);
        Health noPayment = rules.judge(with(fine(), TODAY, false, null, null, null, null), TODAY);
        assertThat(noPayment.unknown()).isTrue();
        assertThat(noPayment.at(Signal.Level.UNKNOWN)).containsExactly(SignalKind.PAYMENT, SignalKind.ESCALATIONS,
                SignalKind.CHANGE_REQUESTS, SignalKind.DELAYS);
    }

    @Test
    void givenUnknownSignsButARedOne_theRedOneDecides() {
        assertThat(rules.judge(with(fine(), null, false, null, 2, null, null), TODAY).light()).isEqualTo(Light.RED);
    }
}
