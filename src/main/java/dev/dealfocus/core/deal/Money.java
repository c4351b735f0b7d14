package dev.dealfocus.core.deal;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in one ISO-4217 currency. Amounts of different currencies are never mixed. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code such as EUR, was " + currency);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
