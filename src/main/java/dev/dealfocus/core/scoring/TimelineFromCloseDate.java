package dev.dealfocus.core.scoring;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Timeline from the close date: full points for a close date in the future that has not been pushed
 * more than {@code maxPushes} times, fewer when pushed repeatedly, none when missing or passed.
 * A missing close date is a known answer ("no decision date"), not an unknown one.
 */
public record TimelineFromCloseDate(int maxPushes, int futurePoints, int pushedPoints) implements DerivedRule {
    public TimelineFromCloseDate {
        if (maxPushes < 0) {
            throw new IllegalArgumentException("maxPushes must not be negative");
        }
        DimensionScore.requireValidPoints(futurePoints, "futurePoints");
        DimensionScore.requireValidPoints(pushedPoints, "pushedPoints");
    }

    @Override
    public Optional<DimensionScore> score(Dimension dimension, DealSnapshot deal, LocalDate today) {
        LocalDate close = deal.closeDate();
        if (close == null) {
            return Optional.of(DimensionScore.worded(dimension, 0, "no decision date set", "no-close-date"));
        }
        if (close.isBefore(today)) {
            return Optional.of(DimensionScore.worded(dimension, 0, "decision date " + close + " has passed",
                    "close-date-passed", "date", close.toString()));
        }
        if (deal.closeDatePushes() > maxPushes) {
            return Optional.of(DimensionScore.worded(dimension, pushedPoints, "decision by " + close
                    + ", but the date was pushed " + deal.closeDatePushes() + " times", "close-date-pushed",
                    "date", close.toString(), "pushes", String.valueOf(deal.closeDatePushes())));
        }
        return Optional.of(DimensionScore.worded(dimension, futurePoints, "decision by " + close, "close-date",
                "date", close.toString()));
    }
}
