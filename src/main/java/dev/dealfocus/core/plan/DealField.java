package dev.dealfocus.core.plan;

/** DealFocus's own deal fields; each adapter maps them to CRM property names. */
public enum DealField {
    SCORE, STATUS, REASONS, EXPIRES_ON, RECOMMENDED_STATUS
}
