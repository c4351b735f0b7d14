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
    }

    public record Section(Kind kind, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** One deal in a section: who, what the facts are, and what to do. */
    public record Entry(String dealId, String dealName, String ownerId, Status status, int score, String facts, String action) {
    }

    public Section section(Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}
