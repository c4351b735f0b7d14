package dev.dealfocus.core.scoring;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Points computed from standard CRM data with tunable parameters (domain.md section 1). A rule
 * answers empty when the data it needs is absent, so the dimension stays unknown.
 */
public sealed interface DerivedRule
        permits TimelineFromCloseDate, DecisionMakerFromRoles, BudgetFromAmount, FilledProperty {

    Optional<DimensionScore> score(Dimension dimension, DealSnapshot deal, LocalDate today);
}
