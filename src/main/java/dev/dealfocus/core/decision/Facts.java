package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.scoring.Scorecard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the rules read about a deal now, before any rule decides (section 12, steps 2, 4, 5, 7, 10).
 *
 * @param readAt        when the deal was read
 * @param before        what the CRM shows now: the status field (in recommend-only mode the recommendation)
 * @param value         value per hour without a team median, or {@code null} when inputs are missing
 * @param graceEndsOn   the day a young deal's qualification time ends, or {@code null} for a deal
 *                      old enough to be parked for its score
 */
record Facts(String dealId, Instant now, LocalDate today, Instant readAt, Scorecard card, Consent consent,
             String inputHash, NewEvents.Seen seen, LocalDate lastEventOn, ExpiryView expiry,
             Map<Signal, LocalDate> signalsSince, Set<Signal> persistent, Status before, ValueView value,
             LocalDate graceEndsOn) {

    boolean insufficientData() {
        return card.knownCount() < 3;
    }

    boolean young() {
        return graceEndsOn != null;
    }
}
