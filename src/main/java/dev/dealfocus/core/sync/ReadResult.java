package dev.dealfocus.core.sync;

import dev.dealfocus.core.decision.ValueSample;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a run's read phase keeps for the whole run: only what the team medians and the safety cap need.
 * The deals themselves wait in the run's buffer.
 *
 * @param read          records read: deals, departures and unreadable ones
 * @param inScope       deals to assess
 * @param newDeals      deals in scope DealFocus has no memory of
 * @param leftAlone     deals not assessed, with why (departed, opted out, out of scope)
 * @param departedKnown of those, deals DealFocus had a memory of
 * @param skippedIds    records that could not be read as deals: journaled, left out of this run's medians
 * @param samples       fresh value-per-hour samples of the deals read, by deal
 * @param assessedIds   ids of the deals in scope
 * @param cursor        where the next incremental read starts, in the CRM's clock
 */
record ReadResult(int read, int inScope, int newDeals, Map<String, String> leftAlone, int departedKnown, Set<String> skippedIds,
                  Map<String, ValueSample> samples, Set<String> assessedIds, Instant cursor) {
}
