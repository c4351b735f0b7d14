package dev.dealfocus.core.eaters;

import java.math.BigDecimal;

/**
 * A deal's hours-spent property at the start and the end of a quarter, from the property's history;
 * either is null where the CRM shows no value then.
 */
public record HoursSpent(BigDecimal atStart, BigDecimal atEnd) {
    /** The increase over the quarter: the deal's effort. */
    public BigDecimal increase() {
        return Effort.fromProperty(atStart, atEnd);
    }
}
