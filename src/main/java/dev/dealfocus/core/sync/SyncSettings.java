package dev.dealfocus.core.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How runs read and retry.
 *
 * @param fullScanEvery        a full scan at least this often; incremental reads in between
 * @param refusedWriteAttempts how often a write the CRM refuses is sent in all, once per full scan
 */
public record SyncSettings(Duration fullScanEvery, int refusedWriteAttempts) {
    public static final SyncSettings DEFAULT = new SyncSettings(Duration.ofHours(24), 3);

    public SyncSettings {
        Objects.requireNonNull(fullScanEvery, "fullScanEvery");
        if (fullScanEvery.isNegative() || fullScanEvery.isZero() || refusedWriteAttempts < 1) {
            throw new IllegalArgumentException("full-scan-every must be positive and refused-write-attempts at least 1");
        }
    }
}
