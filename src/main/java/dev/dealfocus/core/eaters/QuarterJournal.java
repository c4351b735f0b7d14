package dev.dealfocus.core.eaters;

import java.time.Instant;
import java.util.Map;

/** The journal's view of a quarter, by deal (applied runs only; dry, held and failed runs decided nothing). */
public interface QuarterJournal {
    Map<String, QuarterFacts> facts(Instant from, Instant to);
}
