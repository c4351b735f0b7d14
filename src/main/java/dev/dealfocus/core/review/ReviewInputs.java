package dev.dealfocus.core.review;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the weekly review is computed from, all of it stored already: the managed deals' latest
 * assessments, the journal lines of applied runs in the review's window, the score each deal had before
 * it, the deals first seen in it, and the status changes a held run proposes.
 */
public record ReviewInputs(List<Deal> deals, List<Line> changes, Map<String, Integer> scoresBefore, Set<String> firstSeen,
                           List<Line> held) {
    public ReviewInputs {
        deals = List.copyOf(deals);
        changes = List.copyOf(changes);
        scoresBefore = Map.copyOf(scoresBefore);
        firstSeen = Set.copyOf(firstSeen);
        held = List.copyOf(held);
    }

    /** A managed deal as its latest assessment left it. */
    public record Deal(String dealId, String name, String ownerId, String teamKey, Status status, int score, LocalDate expiresOn,
                       LocalDate nextStepOn, BigDecimal perHour, String currency, List<Reason> reasons, HumanHold hold) {
        public Deal {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /** One journal line: a run's decision on a deal. */
    public record Line(String dealId, Instant at, Status before, Status after, Integer score, List<Reason> reasons) {
        public Line {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }
}
