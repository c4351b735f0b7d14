package dev.dealfocus.core.decision;

import java.time.LocalDate;

/**
 * A deal's expiry (section 12, step 4).
 *
 * @param anchor     the latest of: last passed next-step date, last activity not by DealFocus,
 *                   creation, last new event
 * @param nextStepOn the next dated next step (today or later), or {@code null}
 * @param expiresOn  the last day the deal keeps if nothing new happens: the latest future next step
 *                   plus the expiry days if there is one, else the anchor plus the expiry days; it
 *                   expires the day after (a next step on 10 December: 9 January)
 * @param expired    no next step and today is past anchor + expiry days (day 30 keeps, 31 parks)
 */
public record ExpiryView(LocalDate anchor, LocalDate nextStepOn, LocalDate expiresOn, boolean expired) {
}
