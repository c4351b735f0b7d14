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
        String label = dimension.label() + ": ";
        if (close == null) {
            return Optional.of(new DimensionScore(dimension, 0, true, label + "no decision date set"));
        }
        if (close.isBefore(today)) {
            return Optional.of(new DimensionScore(dimension, 0, true,
                    label + "decision date " + close + " has passed"));
        }
        if (deal.closeDatePushes() > maxPushes) {
            return Optional.of(new DimensionScore(dimension, pushedPoints, true,
                    label + "decision by " + close + ", but the date was pushed " + deal.closeDatePushes() + " times"));
        }
        return Optional.of(new DimensionScore(dimension, futurePoints, true, label + "decision by " + close));
    }
}
