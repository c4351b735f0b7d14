package dev.dealfocus.core.port;

import java.util.Set;

/**
 * What a CRM allows.
 *
 * @param dealProperties the deal properties the CRM knows, to check mappings at start; empty when
 *                       the adapter cannot tell
 * @param textFormat     how note and task bodies are stored: HTML (HubSpot) or plain text (Salesforce)
 * @param maxNoteChars   the longest note body the CRM takes (HubSpot 65,536)
 * @param maxTaskChars   the longest task body the CRM takes (Salesforce Description 32,000)
 */
public record CrmCapabilities(String name, int readBatchSize, int writeBatchSize, Set<String> dealProperties,
                              TextFormat textFormat, int maxNoteChars, int maxTaskChars) {
    /** How the CRM stores rich text. */
    public enum TextFormat { PLAIN, HTML }

    public CrmCapabilities {
        if (readBatchSize < 1 || writeBatchSize < 1 || maxNoteChars < 200 || maxTaskChars < 200) {
            throw new IllegalArgumentException("batch sizes and text limits must be positive");
        }
        dealProperties = Set.copyOf(dealProperties);
    }
}
