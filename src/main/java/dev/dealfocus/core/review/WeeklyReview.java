package dev.dealfocus.core.review;

import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly 15-minute review of one owner or team (domain.md section 7): the decisions first. A deal is
 * listed in the first decision section that fits and counted there only; the appendix lists every open deal.
 *
 * @param owner the owner filter, or null
 * @param team  the team filter, or null
 */
public record WeeklyReview(ReviewWeek week, String owner, String team, LocalDate today, List<Section> sections) {
    public WeeklyReview {
        sections = List.copyOf(sections);
    }

    /** The sections, in the order a rep works through them. */
    public enum Kind {
        PROPOSALS("Proposals awaiting a person"),
        EXPIRING("Expiring within 7 days unless a step is dated"),
        NEXT_STEPS("Next steps due this week"),
        LOW_VALUE("Below half the team's median value per hour"),
        CHANGES("What changed since the previous week"),
        APPENDIX("Every open deal");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** A section of decisions, which the review task lists; changes and the appendix are in the full review. */
        public boolean decides() {
            return this != CHANGES && this != APPENDIX;
        }
    }

    public record Section(Kind kind, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** One deal in a section: who, the facts (each a code with its values and reasons), and what to do (a code). */
    public record Entry(String dealId, String dealName, String ownerId, Status status, int score, List<Fact> facts, Action action) {
        public Entry {
            facts = List.copyOf(facts);
        }
    }

    /** A fact as data; the edges word it in the configured language (review.fact.* in the wording). */
    public record Fact(FactCode code, java.util.Map<String, String> values, List<dev.dealfocus.core.decision.Reason> reasons) {
        public Fact {
            values = java.util.Map.copyOf(values);
            reasons = List.copyOf(reasons);
        }
    }

    public enum FactCode { HELD_CHANGE, CLOSE_RECOMMENDED, HUMAN_HOLD, RECOMMENDED, EXPIRES, NEXT_STEP, LOW_VALUE, NEW_DEAL,
        STATUS_CHANGE, BACK_FROM_PARKED, SCORE_MOVE, STATUS }

    public enum Action { CONFIRM_OR_FIX, CLOSE_OR_DATE_STEP, CONFIRM_OR_CLEAR_HOLD, SET_OR_EXPLAIN, DATE_STEP, HOLD_STEP, PARK_OR_RAISE,
        STAY_PARKED, CHECK_REASONS, NONE }

    public Section section(Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}
