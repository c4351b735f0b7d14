package dev.dealfocus.config;

import java.util.List;

/** Refuses the start: every problem names the key and the fix. */
public class ConfigurationError extends RuntimeException {
    private final List<String> problems;

    public ConfigurationError(List<String> problems) {
        super("DealFocus cannot start: " + problems.size() + " configuration problem" + (problems.size() == 1 ? "" : "s")
                + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
