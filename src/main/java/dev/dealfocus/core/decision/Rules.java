package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.util.List;

/**
 * Steps 2, 3, 4, 5 and 8 (for expiry): band, grace for young deals, expiry and signals. The status
 * is the lowest of them; a young deal's band and missing answers do not park it.
 */
final class Rules {
    private final Policy policy;

    Rules(Policy policy) {
        this.policy = policy;
    }

    Verdict judge(Facts f, PipelineRules rules) {
        if (f.insufficientData() && !f.young()) {
            // too little known to judge: the status stays exactly as it is, whatever else applies
            return new Verdict(f.before(), null, null, List.of(ReasonTexts.insufficient(f.card().knownCount())), null,
                    f.value(), null, true);
        }
        Verdict v = new Verdict(null, null, null, List.of(), null, f.value(), null, false);
        Status band = rules.bands().statusFor(f.card().total());
        if (f.young() && (f.insufficientData() || band == Status.PARKED)) {
            v = v.withStatus(f.before()).plus(ReasonTexts.qualifying(f.today(), f.graceEndsOn()));
        } else {
            v = v.withStatus(band);
            if (band != Status.ACTIVE) {
                v = v.plus(ReasonTexts.band(f.card().total(), band, rules.bands()));
            }
        }
        if (f.expiry().expired()) {
            boolean close = rules.expiry().action() == ExpiryAction.CLOSE;
            v = v.plus(ReasonTexts.expired(f.expiry(), rules.expiry().days()));
            if (close && !policy.autoClose()) {
                v = v.plus(ReasonTexts.closeExpired());
            }
            v = v.withStatus(Verdict.lowest(v.status(), close && policy.autoClose() ? Status.CLOSED : Status.PARKED));
        }
        if (f.persistent().size() >= policy.signals().minPersistent()) {
            v = v.plus(ReasonTexts.signals(f.persistent())).withStatus(Verdict.lowest(v.status(), Status.PARKED));
        }
        // the status the team median looks at (step 6) is this one, before stickiness (step 7): a deal held
        // PARKED only for want of a new event would otherwise leave the median, raise it, and park the next
        return new Verdict(v.status(), v.status(), v.status(), v.reasons(), null, v.value(), null, false);
    }
}
