package dev.dealfocus.core.deal;

/**
 * DealFocus's own deal fields; each adapter maps them to CRM property names. Values travel as
 * canonical strings: whole numbers, plain decimals, ISO dates ({@code 2027-01-09}) and ISO instants.
 */
public enum DealField {
    SCORE("dealfocus_score"),
    STATUS("dealfocus_status"),
    REASONS("dealfocus_reasons"),

    /** The last day the deal keeps if nothing new happens. */
    EXPIRES_ON("dealfocus_expires_on"),

    /** In recommend-only mode, the status DealFocus would set. */
    RECOMMENDED_STATUS("dealfocus_recommended_status"),

    /** Value per hour in the deal's currency, two decimals at most. */
    VALUE_PER_HOUR("dealfocus_value_per_hour"),

    /** When DealFocus last changed the status: written only with a status change. */
    DECIDED_AT("dealfocus_decided_at"),

    /**
     * The due date of DealFocus's earliest open task on the deal, or empty: a CRM that rolls tasks up
     * into a "next activity date" tells a person's next step from DealFocus's own by it.
     */
    OWN_TASK_DUE("dealfocus_task_due"),

    /**
     * When DealFocus last created, moved or completed a note or task on the deal: a CRM that rolls
     * activity up into a "last activity date" tells a person's activity from DealFocus's own by it.
     */
    OWN_ACTIVITY_AT("dealfocus_activity_at");

    private final String property;

    DealField(String property) {
        this.property = property;
    }

    /** The property name DealFocus's setup gives this field in a CRM, unless the mapping names another. */
    public String property() {
        return property;
    }
}
