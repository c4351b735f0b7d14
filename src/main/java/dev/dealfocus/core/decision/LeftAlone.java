package dev.dealfocus.core.decision;

/** Why a deal read from the CRM is not assessed (section 12, step 1); such deals are journaled, never written. */
public enum LeftAlone {
    CLOSED_IN_CRM, DELETED_IN_CRM, MERGED_IN_CRM, LEFT_SCOPE_IN_CRM, OPTED_OUT, PIPELINE_NOT_IN_SCOPE,
    OWNER_NOT_IN_SCOPE, TEAM_NOT_IN_SCOPE,
    /** The CRM's record could not be read as a deal; the run journals why and goes on with the others. */
    MALFORMED
}
