package dev.dealfocus.core.decision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Business days in the configured time zone: weekends and listed holidays are skipped. */
public record BusinessCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    public static final BusinessCalendar DEFAULT = new BusinessCalendar(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());

    public BusinessCalendar {
        weekend = Set.copyOf(weekend);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("a week needs at least one business day");
        }
    }

    public boolean isBusinessDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** {@code days} calendar days after {@code from}, moved forward to the next business day. */
    public LocalDate due(LocalDate from, int days) {
        LocalDate due = from.plusDays(days);
        while (!isBusinessDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }
}
