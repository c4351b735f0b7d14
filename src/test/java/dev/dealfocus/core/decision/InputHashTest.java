package dev.dealfocus.core.decision;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 7, item 8: only the properties the rules read make the input hash. */
class InputHashTest {
    private final Set<String> inputs = Fixtures.policy().inputProperties();

    @Test
    void givenACrmBookkeepingPropertyChanged_inputHash_staysTheSame() {
        String before = InputHash.of(deal().property("hs_lastmodifieddate", "1764490000000").build(), inputs);
        String after = InputHash.of(deal().property("hs_lastmodifieddate", "1764499999999")
                .property("notes_last_updated", "2026-11-30").build(), inputs);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void givenAnAnswerThePersonChanged_inputHash_changes() {
        assertThat(InputHash.of(deal().points(16, 16, 16, 16, 20).build(), inputs))
                .isNotEqualTo(InputHash.of(deal().build(), inputs));
    }

    @Test
    void givenAPolicy_inputProperties_namesEveryPropertyTheRulesRead() {
        assertThat(inputs).contains("df_problem", "df_problem_evidence", "margin", "hours", "dealfocus_exclude");
    }
}
