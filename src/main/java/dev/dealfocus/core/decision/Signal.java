package dev.dealfocus.core.decision;

/** The six early-warning signals of domain.md section 4. */
public enum Signal {
    NO_PROBLEM("no concrete problem named"),
    NO_STABLE_CONTACT("no stable contact"),
    NO_TIMELINE("no timeline"),
    UNANSWERED_OUTREACH("outreach attempts without a meeting or next step"),
    PRICE_PRESSURE("persistent price pressure"),
    SPECIAL_REQUESTS("requests for special solutions");

    private final String description;

    Signal(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
