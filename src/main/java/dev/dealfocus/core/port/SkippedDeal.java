package dev.dealfocus.core.port;

import java.util.Objects;

/** A CRM record that could not be read as a deal: the run journals it with the reason and goes on. */
public record SkippedDeal(String dealId, String reason) {
    public SkippedDeal {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(reason, "reason");
    }
}
