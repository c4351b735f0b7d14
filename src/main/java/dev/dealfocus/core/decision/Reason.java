package dev.dealfocus.core.decision;

import java.util.Objects;

/** One reason with its stable code and one sentence for people. */
public record Reason(ReasonCode code, String sentence) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sentence, "sentence");
    }
}
