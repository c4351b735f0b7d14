package dev.dealfocus.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.review.ReviewInputs.Deal;
import dev.dealfocus.core.review.ReviewInputs.Line;
import dev.dealfocus.core.review.WeeklyReview.Entry;
import dev.dealfocus.core.review.WeeklyReview.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class WeeklyReviewsTest {
    private static final ReviewWeek WEEK = ReviewWeek.parse("2026-W49");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final WeeklyReviews reviews = new WeeklyReviews(new BigDecimal("0.5"), 10, false, java.time.ZoneId.of("Europe/Berlin"));

    /** The review of the first test, for the golden files of its wording. */
    public static WeeklyReview sample() {
        return new WeeklyReviewsTest().sampleReview();
    }

    private static Deal deal(String id, Status status, int score, LocalDate expiresOn, LocalDate nextStepOn, String perHour,
                             List<Reason> reasons, HumanHold hold) {
        return new Deal(id, "Deal " + id, "rep-1", "team:T", status, score, expiresOn, nextStepOn,
                perHour == null ? null : new BigDecimal(perHour), "EUR", reasons, hold);
    }

    private static TeamMedians medianOf(String value) {
        return TeamMedians.of(List.of(sample("S1", value), sample("S2", value), sample("S3", value)), 3);
    }

    private static ValueSample sample(String id, String value) {
        return new ValueSample(id, "team:T", "EUR", new BigDecimal(value), Status.ACTIVE);
    }

    private static List<String> ids(WeeklyReview r, Kind kind) {
        return r.section(kind).entries().stream().map(Entry::dealId).toList();
    }

    private ReviewInputs sampleInputs() {
        Reason closeRecommended = new Reason(ReasonCode.CLOSE_RECOMMENDED, "The re-engagement date passed: closing is recommended.",
                Map.of("reengageOn", "2026-11-20"));
        List<Deal> deals = List.of(
                deal("held", Status.ACTIVE, 80, TODAY.plusDays(3), null, "300", List.of(), null),
                deal("close", Status.PARKED, 40, null, null, "50", List.of(closeRecommended), null),
                deal("hold", Status.ACTIVE, 70, null, null, "300", List.of(),
                        new HumanHold(Status.ACTIVE, false, null, TODAY.minusDays(3))),
                deal("expiring", Status.ACTIVE, 80, TODAY.plusDays(7), TODAY.plusDays(2), "50", List.of(), null),
                deal("later", Status.ACTIVE, 80, TODAY.plusDays(8), null, "300", List.of(), null),
                deal("step", Status.NURTURE, 60, TODAY.plusDays(30), TODAY.plusDays(6), "300", List.of(), null),
                deal("cheap", Status.ACTIVE, 80, TODAY.plusDays(30), null, "99", List.of(), null),
                deal("moved", Status.NURTURE, 60, TODAY.plusDays(30), null, "300", List.of(), null),
                deal("quiet", Status.ACTIVE, 90, TODAY.plusDays(30), null, "300", List.of(), null));
        List<Line> held = List.of(new Line("held", Instant.parse("2026-11-30T06:00:00Z"), Status.ACTIVE, Status.PARKED, 80, List.of()));
        List<Line> changes = List.of(new Line("moved", Instant.parse("2026-11-25T06:00:00Z"), Status.ACTIVE, Status.NURTURE, 60, List.of()));
        return new ReviewInputs(deals, changes, Map.of("quiet", 85), Set.of(), held);
    }

    WeeklyReview sampleReview() {
        return reviews.build(WEEK, "rep-1", null, TODAY, sampleInputs(), medianOf("200"));
    }

    @Test
    void givenDealsFittingSeveralSections_build_listsEachInTheFirstThatFitsAndEveryOneInTheAppendix() {
        ReviewInputs in = sampleInputs();
        List<Deal> deals = in.deals();
        WeeklyReview r = reviews.build(WEEK, "rep-1", null, TODAY, in, medianOf("200"));

        assertThat(r.sections()).extracting(WeeklyReview.Section::kind).containsExactly(Kind.values());
        assertThat(ids(r, Kind.PROPOSALS)).containsExactly("held", "close", "hold");
        assertThat(ids(r, Kind.EXPIRING)).as("within 7 days, not 8").containsExactly("expiring");
        assertThat(ids(r, Kind.NEXT_STEPS)).containsExactly("step");
        assertThat(ids(r, Kind.LOW_VALUE)).as("99 < 0.5 x 200; 'expiring' is taken already").containsExactly("cheap");
        assertThat(ids(r, Kind.CHANGES)).as("a move of 5 points is no change worth naming").containsExactly("moved");
        assertThat(ids(r, Kind.APPENDIX)).hasSize(deals.size());
        assertThat(r.section(Kind.EXPIRING).entries().get(0).facts().get(0).values()).containsEntry("date", "2026-12-07");
    }

    @Test
    void givenNewDealsComebacksAndScoreMoves_build_namesThemAsChanges() {
        List<Deal> deals = List.of(deal("new", Status.ACTIVE, 80, TODAY.plusDays(30), null, null, List.of(), null),
                deal("back", Status.ACTIVE, 80, TODAY.plusDays(30), null, null, List.of(), null),
                deal("up", Status.ACTIVE, 85, TODAY.plusDays(30), null, null, List.of(), null));
        List<Line> changes = List.of(new Line("back", Instant.parse("2026-11-26T06:00:00Z"), Status.PARKED, Status.ACTIVE, 80, List.of()));
        ReviewInputs in = new ReviewInputs(deals, changes, Map.of("up", 70), Set.of("new"), List.of());

        WeeklyReview r = reviews.build(WEEK, null, "team:T", TODAY, in, TeamMedians.none());

        assertThat(r.section(Kind.CHANGES).entries()).extracting(Entry::dealId, e -> e.facts().get(0).code(), e -> e.facts().get(0).values())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("back", WeeklyReview.FactCode.BACK_FROM_PARKED,
                                Map.of("before", "PARKED", "after", "ACTIVE", "date", "2026-11-26")),
                        org.assertj.core.groups.Tuple.tuple("new", WeeklyReview.FactCode.NEW_DEAL, Map.of()),
                        org.assertj.core.groups.Tuple.tuple("up", WeeklyReview.FactCode.SCORE_MOVE, Map.of("before", "70", "after", "85")));
    }

    @Test
    void givenAnOwnerFilter_build_leavesOtherOwnersOut() {
        Deal mine = deal("mine", Status.ACTIVE, 80, null, null, null, List.of(), null);
        Deal theirs = new Deal("theirs", "Theirs", "rep-2", "team:T", Status.ACTIVE, 80, null, null, null, "EUR", List.of(), null);
        WeeklyReview r = reviews.build(WEEK, "rep-1", null, TODAY, new ReviewInputs(List.of(mine, theirs), List.of(), Map.of(),
                Set.of(), List.of()), TeamMedians.none());
        assertThat(ids(r, Kind.APPENDIX)).containsExactly("mine");
    }
}
