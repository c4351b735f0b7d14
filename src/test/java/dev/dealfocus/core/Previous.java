package dev.dealfocus.core;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.InputHash;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Signal;
import java.time.LocalDate;
import java.util.Map;

/** Previous decisions for core tests: by default the deal was last assessed yesterday, unchanged since. */
public final class Previous {
    private Previous() {
    }

    /** DealFocus decided {@code status} on {@code decidedOn}, wrote it, and read the deal yesterday. */
    public static PreviousDecision of(DealSnapshot deal, Status status, LocalDate decidedOn) {
        return new PreviousDecision(status, deal.stage(), InputHash.of(deal, Fixtures.policy().inputProperties()),
                Fixtures.at(Fixtures.TODAY.minusDays(1)), status, decidedOn, true, null, null, Map.of(), null);
    }

    public static PreviousDecision withReengageOn(PreviousDecision p, LocalDate reengageOn) {
        return new PreviousDecision(p.status(), p.stage(), p.inputHash(), p.readAt(), p.decidedStatus(), p.decidedOn(),
                p.decisionWritten(), p.lastEventOn(), reengageOn, p.signalsSince(), p.hold());
    }

    public static PreviousDecision withSignals(PreviousDecision p, Map<Signal, LocalDate> since) {
        return new PreviousDecision(p.status(), p.stage(), p.inputHash(), p.readAt(), p.decidedStatus(), p.decidedOn(),
                p.decisionWritten(), p.lastEventOn(), p.reengageOn(), since, p.hold());
    }

    public static PreviousDecision withHash(PreviousDecision p, String inputHash) {
        return new PreviousDecision(p.status(), p.stage(), inputHash, p.readAt(), p.decidedStatus(), p.decidedOn(),
                p.decisionWritten(), p.lastEventOn(), p.reengageOn(), p.signalsSince(), p.hold());
    }

    public static PreviousDecision withHold(PreviousDecision p, HumanHold hold) {
        return new PreviousDecision(p.status(), p.stage(), p.inputHash(), p.readAt(), p.decidedStatus(), p.decidedOn(),
                p.decisionWritten(), p.lastEventOn(), p.reengageOn(), p.signalsSince(), hold);
    }

    /** The decision was taken but its status write did not go through: the CRM still shows {@code shown}. */
    public static PreviousDecision notWritten(PreviousDecision p, Status shown) {
        return p.notWritten(shown, p.stage());
    }
}
