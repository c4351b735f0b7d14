package dev.dealfocus.sync;

import static dev.dealfocus.sync.RunHarness.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunOutcome;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.crm.demo.DemoPipelines;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7, item 8: a record that is no deal, and a deal without an owner, are handled per item. */
class OddDealsTest {
    /** Three healthy deals of one team, one deal nobody owns (no dated next step), one with a bad currency. */
    private static final String DATA = """
            {"owners": [{"id": "O-1", "name": "Owner 1", "team": "T-A"}],
             "deals": [
              %s, %s, %s,
              {"id": "D-NOBODY", "name": "Nobody's deal", "stage": "presentationscheduled", "created": "today-40",
               "amount": 9000, "probability": 0.6, "closeDate": "today+30",
               "properties": {"dealfocus_problem": "named", "dealfocus_decision_maker": "economic-buyer",
                 "dealfocus_timeline": "dated", "dealfocus_budget": "approved", "dealfocus_fit": "standard",
                 "dealfocus_hours_remaining": "8"},
               "activities": [{"id": "A-N", "type": "CALL", "at": "today-3"}]},
              {"id": "D-ODD", "name": "Odd money", "owner": "O-1", "created": "today-40", "amount": 100, "currency": "EURO"}
             ]}""".formatted(healthy("D-1"), healthy("D-2"), healthy("D-3"));

    @TempDir
    Path stateDir;
    private RunHarness h;

    private static String healthy(String id) {
        return """
                {"id": "%s", "name": "Deal %s", "stage": "presentationscheduled", "owner": "O-1", "created": "today-40",
                 "amount": 10000, "probability": 0.6, "closeDate": "today+30",
                 "properties": {"dealfocus_problem": "named", "dealfocus_decision_maker": "economic-buyer",
                   "dealfocus_timeline": "dated", "dealfocus_budget": "approved", "dealfocus_fit": "standard",
                   "dealfocus_hours_remaining": "8"},
                 "activities": [{"id": "M-%s", "type": "MEETING", "at": "today+5", "created": "today-1", "open": true}]}
                """.formatted(id, id, id);
    }

    @BeforeEach
    void setUp() throws Exception {
        h = new RunHarness(clock -> DemoPipelines.of(DATA, stateDir, clock), Duration.ofDays(1));
    }

    private JournalEntry entry(RunSummary run, String dealId) {
        return h.journal.entries(run.id()).stream().filter(e -> e.dealId().equals(dealId)).findFirst().orElseThrow();
    }

    @Test
    void givenARecordThatCannotBeReadAsADeal_run_journalsItWithTheReasonAndAssessesTheOthers() {
        RunSummary s = h.run(CONFIRM);
        assertThat(s.outcome()).isEqualTo(RunOutcome.APPLIED);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.assessed()).isEqualTo(4);
        JournalEntry odd = entry(s, "D-ODD");
        assertThat(odd.leftAlone()).isEqualTo("MALFORMED");
        assertThat(odd.detail()).contains("EURO");
    }

    @Test
    void givenADealWithoutAnOwnerAndNoFallbackOwner_run_assessesItCreatesNoTaskAndSaysSo() {
        RunSummary s = h.run(CONFIRM);
        assertThat(h.deal("D-NOBODY").dealFocus().status()).isNotNull();
        assertThat(h.hands.tasks("D-NOBODY")).isEmpty();
        assertThat(entry(s, "D-NOBODY").detail()).contains("no owner").contains("dealfocus.fallback-owner");
        assertThat(s.message()).contains("1 task(s) not created: deals without an owner");
        assertThat(h.store.valueSamples()).extracting(ValueSample::dealId).containsOnly("D-1", "D-2", "D-3");
    }

    @Test
    void givenADealWithoutAnOwnerAndAFallbackOwner_run_givesItsTasksToTheFallbackOwner() {
        RunSummary s = h.run(CONFIRM, Map.of("dealfocus.fallback-owner", "O-REVOPS"));
        assertThat(h.hands.tasks("D-NOBODY")).singleElement().asString().startsWith("SCHEDULE_NEXT_STEP_TASK");
        assertThat(h.hands.taskOwners("D-NOBODY")).containsExactly("O-REVOPS");
        assertThat(s.message()).doesNotContain("not created");
    }
}
