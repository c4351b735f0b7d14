package dev.dealfocus.core.scoring;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget from the amount plus an "approved" flag: approved budgets score {@code approvedPoints}, an
 * amount without approval {@code amountOnlyPoints}. Without an amount the dimension stays unknown.
 *
 * @param approvedProperty the CRM property that says the budget is approved (true/yes/1)
 */
public record BudgetFromAmount(String approvedProperty, int approvedPoints, int amountOnlyPoints) implements DerivedRule {
    public BudgetFromAmount {
        Objects.requireNonNull(approvedProperty, "approvedProperty");
        DimensionScore.requireValidPoints(approvedPoints, "approvedPoints");
        DimensionScore.requireValidPoints(amountOnlyPoints, "amountOnlyPoints");
    }

    @Override
    public Optional<DimensionScore> score(Dimension dimension, DealSnapshot deal, LocalDate today) {
        Money amount = deal.amount();
        if (amount == null || amount.amount().signum() <= 0) {
            return Optional.empty();
        }
        String plain = amount.amount().stripTrailingZeros().toPlainString();
        if (deal.property(approvedProperty).map(Flags::isTrue).orElse(false)) {
            return Optional.of(DimensionScore.worded(dimension, approvedPoints, "approved up to " + format(amount),
                    "budget-approved", "amount", plain, "currency", amount.currency()));
        }
        return Optional.of(DimensionScore.worded(dimension, amountOnlyPoints, format(amount) + " in play, not approved",
                "budget-not-approved", "amount", plain, "currency", amount.currency()));
    }

    static String format(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(money.amount().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .max(BigDecimal.ZERO)) + " " + money.currency();
    }
}
