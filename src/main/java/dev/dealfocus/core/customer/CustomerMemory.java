package dev.dealfocus.core.customer;

import java.time.LocalDate;

/**
 * What DealFocus remembers of a customer between runs.
 *
 * @param light        the light last decided, or null before the first
 * @param written      the light DealFocus last wrote to the CRM, to tell a person's change from its own
 * @param shown        the light the CRM showed at the last assessment: a person's change is a change of it
 * @param heldByHand   a light a person set, kept until a sign changes, or null
 * @param signsAtHold  the signs' levels when the person set it ({@link CustomerDecisions#signature(Health)})
 * @param episodeStart the day the current YELLOW/RED episode began, or null outside one
 * @param remediation  the current episode's remediation, or null
 */
public record CustomerMemory(Light light, Light written, Light shown, Light heldByHand, String signsAtHold, LocalDate episodeStart,
                             Remediation remediation) {
    public static final CustomerMemory NONE = new CustomerMemory(null, null, null, null, null, null, null);
}
