package dev.dealfocus.core.plan;

/** A follow-up task's priority; adapters map it to the CRM's values (HubSpot HIGH/MEDIUM/LOW, Salesforce High/Normal/Low). */
public enum TaskPriority {
    HIGH, MEDIUM, LOW
}
