package dev.dealfocus.core.decision;

import java.util.Map;

/**
 * How early-warning signals are read.
 *
 * @param persistDays      a signal counts once it has been present this many days (0 = at once)
 * @param outreachAttempts attempts since the last meeting that make signal 4
 * @param flagProperties   per signal, a CRM checkbox a rep sets to raise it (signals 2, 5 and 6
 *                         come only from such flags; 1, 3 and 4 also from data)
 * @param minPersistent    persistent signals that park a deal
 */
public record SignalPolicy(int persistDays, int outreachAttempts, Map<Signal, String> flagProperties,
                           int minPersistent) {
    public static final SignalPolicy DEFAULT = new SignalPolicy(14, 3, Map.of(), 2);

    public SignalPolicy {
        if (persistDays < 0 || outreachAttempts < 1 || minPersistent < 1) {
            throw new IllegalArgumentException("signals need persist-days >= 0, outreach-attempts >= 1, min-persistent >= 1");
        }
        flagProperties = flagProperties == null ? Map.of() : Map.copyOf(flagProperties);
    }
}
