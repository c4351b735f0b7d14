package dev.dealfocus.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 7, item 8: the core owns the read window; adapters only report the CRM's high-water mark. */
class ReadCursorTest {
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void givenChangesUpToJustBeforeTheRun_nextCursor_isTheNewestChangeSeen() {
        Instant newest = START.minusSeconds(60);
        assertThat(DealReader.nextCursor(newest, START)).isEqualTo(newest);
    }

    @Test
    void givenAChangeAfterTheRunStarted_nextCursor_isNeverPastTheRunsStart() {
        assertThat(DealReader.nextCursor(START.plusSeconds(30), START)).isEqualTo(START);
    }

    @Test
    void givenAQuietCrm_nextCursor_movesOnToTheOverlapBeforeTheStartSoTheSameDealsAreNotReadForever() {
        assertThat(DealReader.nextCursor(START.minusSeconds(86_400), START)).isEqualTo(START.minus(RunCadence.OVERLAP));
        assertThat(DealReader.nextCursor(null, START)).isEqualTo(START.minus(RunCadence.OVERLAP));
    }
}
