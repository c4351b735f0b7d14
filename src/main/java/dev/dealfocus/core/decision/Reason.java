package dev.dealfocus.core.decision;

import java.util.Map;
import java.util.Objects;

/**
 * One reason with its stable code, one English sentence (journal and API) and the facts behind it,
 * from which notes are worded in the configured language (dates as ISO dates, amounts as plain numbers).
 */
public record Reason(ReasonCode code, String sentence, Map<String, String> facts) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sentence, "sentence");
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public Reason(ReasonCode code, String sentence) {
        this(code, sentence, Map.of());
    }
}
