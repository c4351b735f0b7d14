package dev.dealfocus.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReviewWeekTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void givenMonday0030InBerlin_containing_isTheNewWeekThoughUtcStillSaysSunday() {
        Instant mondayHalfPastMidnight = Instant.parse("2026-11-29T23:30:00Z"); // Monday 2026-11-30 00:30 in Berlin
        assertThat(ReviewWeek.containing(mondayHalfPastMidnight, BERLIN)).hasToString("2026-W49");
        assertThat(ReviewWeek.containing(mondayHalfPastMidnight, ZoneId.of("UTC"))).hasToString("2026-W48");
    }

    @Test
    void givenNewYearsDay2027_of_isInWeek53Of2026() {
        assertThat(ReviewWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new ReviewWeek(2026, 53));
        assertThat(new ReviewWeek(2026, 53).monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(new ReviewWeek(2026, 53).nextMonday()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void givenAWeek_startAndEnd_areMondaysMidnightInTheZone() {
        ReviewWeek w49 = ReviewWeek.parse("2026-W49");
        assertThat(w49.start(BERLIN)).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(w49.end(BERLIN)).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(w49.previous()).hasToString("2026-W48");
        assertThat(w49.contains(LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(w49.contains(LocalDate.of(2026, 12, 7))).isFalse();
    }

    @Test
    void givenBadWeeks_parse_refusesThemNamingTheShape() {
        assertThatThrownBy(() -> ReviewWeek.parse("2026-49")).hasMessageContaining("2026-W49");
        assertThatThrownBy(() -> ReviewWeek.parse("2025-W53")).hasMessageContaining("1 to 52");
        assertThatThrownBy(() -> ReviewWeek.parse("2026-W00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewWeek.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
