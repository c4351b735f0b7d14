package dev.dealfocus.core;

import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.scoring.Dimension;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Frozen time and the standard policy the core tests share. */
public final class Fixtures {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Monday 30 November 2026, 10:00 in Berlin. */
    public static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);

    private Fixtures() {
    }

    /** The rep-entered property holding a dimension's points, e.g. {@code df_decision_maker}. */
    public static String pointsProperty(Dimension dimension) {
        return "df_" + dimension.name().toLowerCase(Locale.ROOT);
    }

    /** Every dimension rep-entered as plain points 0-20; default numbers everywhere else. */
    public static Policy policy() {
        return new PolicyBuilder().build();
    }

    /** 10:00 in Berlin on the given day. */
    public static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** 10:00 in Berlin on the given day, as an instant. */
    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }
}
