package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Reason;
import java.time.LocalDate;
import java.util.List;

/** The last assessment the store keeps of a deal, as the API shows it. */
public record StoredDecision(String dealId, Status status, int score, List<Reason> reasons, LocalDate decidedOn,
                             LocalDate assessedOn, boolean managed) {
    public StoredDecision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
