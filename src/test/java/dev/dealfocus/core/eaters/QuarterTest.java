package dev.dealfocus.core.eaters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuarterTest {
    @Test
    void givenCalendarQuarters_containing_putsTheBoundaryDaysRight() {
        assertThat(Quarter.containing(LocalDate.of(2026, 9, 30), Month.JANUARY)).hasToString("2026-Q3");
        assertThat(Quarter.containing(LocalDate.of(2026, 10, 1), Month.JANUARY)).hasToString("2026-Q4");
        assertThat(Quarter.containing(LocalDate.of(2026, 12, 31), Month.JANUARY).next()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Quarter.parse("2027-Q1", Month.JANUARY).previous()).hasToString("2026-Q4");
    }

    @Test
    void givenAFiscalYearFromFebruary_containing_countsQuartersFromIt() {
        Quarter q = Quarter.containing(LocalDate.of(2027, 1, 15), Month.FEBRUARY);
        assertThat(q).hasToString("2026-Q4");
        assertThat(q.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(q.next()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(Quarter.containing(LocalDate.of(2027, 2, 1), Month.FEBRUARY)).hasToString("2027-Q1");
    }

    @Test
    void givenAZone_startAndEnd_areMidnightThere() {
        Quarter q4 = Quarter.parse("2026-Q4", Month.JANUARY);
        assertThat(q4.start(ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(q4.end(ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    }

    @Test
    void givenBadText_parse_namesTheShape() {
        assertThatThrownBy(() -> Quarter.parse("2026-Q5", Month.JANUARY)).hasMessageContaining("2026-Q4");
        assertThatThrownBy(() -> Quarter.parse("Q4", Month.JANUARY)).isInstanceOf(IllegalArgumentException.class);
    }
}
