package dev.dealfocus.core.deal;

/** The deal's life in the CRM itself; only OPEN deals are assessed (domain.md section 12, step 1). */
public enum CrmState {
    OPEN, CLOSED, DELETED, MERGED
}
