package dev.dealfocus.core.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealFocusFieldsTest {
    private final DealFocusFields shown = new DealFocusFields(Map.of(
            DealField.VALUE_PER_HOUR, "300.00",
            DealField.DECIDED_AT, "2026-11-30T09:00:00.000Z",
            DealField.STATUS, "PARKED",
            DealField.REASONS, " "));

    @Test
    void givenTheSameNumberWrittenDifferently_shows_isTrue() {
        assertThat(shown.shows(DealField.VALUE_PER_HOUR, "300")).isTrue();
        assertThat(shown.shows(DealField.VALUE_PER_HOUR, "300.5")).isFalse();
    }

    @Test
    void givenTheSameInstantWithMilliseconds_shows_isTrue() {
        assertThat(shown.shows(DealField.DECIDED_AT, "2026-11-30T09:00:00Z")).isTrue();
        assertThat(shown.shows(DealField.DECIDED_AT, "2026-11-30T09:00:01Z")).isFalse();
    }

    @Test
    void givenABlankValue_itReadsAsEmpty() {
        assertThat(shown.get(DealField.REASONS)).isNull();
        assertThat(shown.shows(DealField.REASONS, "")).isTrue();
        assertThat(shown.shows(DealField.OWN_TASK_DUE, null)).isTrue();
        assertThat(shown.shows(DealField.OWN_TASK_DUE, "2026-12-01")).isFalse();
    }

    @Test
    void givenAnOptionDealFocusDoesNotKnow_statusReadsAsEmptyButTheTextIsKept() {
        DealFocusFields odd = new DealFocusFields(Map.of(DealField.STATUS, "ON_ICE", DealField.OWN_TASK_DUE, "2027-01-04"));
        assertThat(odd.status()).isNull();
        assertThat(odd.get(DealField.STATUS)).isEqualTo("ON_ICE");
        assertThat(odd.ownTaskDue()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(shown.status()).isEqualTo(Status.PARKED);
    }
}
