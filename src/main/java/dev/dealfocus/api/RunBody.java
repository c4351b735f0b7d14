package dev.dealfocus.api;

/** Optional body of POST /api/runs; query parameters of the same name win. */
public record RunBody(Boolean dryRun, Boolean confirm) {
}
