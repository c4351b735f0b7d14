package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.ReadSpec;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run's fixed facts. Every deal of a run is assessed at the run's start, so its passes over the
 * deals agree with each other even when the run spans midnight.
 */
record RunContext(String id, RunRequest request, Instant start, LocalDate today, ReadSpec spec, ApiCalls calls) {
}
