package dev.dealfocus.core.port;

import java.util.Set;

/**
 * What a CRM allows.
 *
 * @param dealProperties the deal properties the CRM knows, to check mappings at start; empty when
 *                       the adapter cannot tell
 */
public record CrmCapabilities(String name, int readBatchSize, int writeBatchSize, Set<String> dealProperties) {
    public CrmCapabilities {
        if (readBatchSize < 1 || writeBatchSize < 1) {
            throw new IllegalArgumentException("batch sizes must be positive");
        }
        dealProperties = Set.copyOf(dealProperties);
    }
}
