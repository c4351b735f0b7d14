package dev.dealfocus.core.decision;

import java.time.LocalDate;

/**
 * A deal's expiry (section 12, step 4).
 *
 * @param anchor     the latest of: last passed next-step date, last activity not by DealFocus,
 *                   creation, last new event
 * @param nextStepOn the next dated next step (today or later), or {@code null}
 * @param expiresOn  the next step's date if there is one, else anchor + expiry days
 * @param expired    no next step and today is past anchor + expiry days (day 30 keeps, 31 parks)
 */
public record ExpiryView(LocalDate anchor, LocalDate nextStepOn, LocalDate expiresOn, boolean expired) {
}
