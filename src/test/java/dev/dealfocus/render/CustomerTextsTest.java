package dev.dealfocus.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.customer.CustomerAction;
import dev.dealfocus.core.customer.CustomerDecision;
import dev.dealfocus.core.customer.CustomerDecisions;
import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.CustomerMemory;
import dev.dealfocus.core.customer.HealthPolicy;
import dev.dealfocus.core.port.CrmCapabilities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 5: a customer's notes and tasks in both languages against golden files: the YELLOW signs note and
 * review meeting, the RED remediation plan and its reviews, the exit recommendation with its handover plan and draft
 * announcement, and the success note. To accept a change, run with -Dgolden.update=true and read the diff.
 */
class CustomerTextsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final CustomerDecisions DECISIONS = new CustomerDecisions(HealthPolicy.DEFAULT, 14);

    private static CustomerFacts facts(LocalDate lastUsed, LocalDate unpaidDue, int escalations, int changeRequests) {
        return new CustomerFacts("C-7", "Hafen Logistik", "O-1", lastUsed, null, true, unpaidDue, escalations, changeRequests, 0, null);
    }

    private static void section(StringBuilder out, CustomerTexts texts, CustomerDecision d, CustomerAction.Kind kind, LocalDate today) {
        CustomerAction action = d.actions().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
        CustomerTexts.Text t = texts.render(action, "Hafen Logistik", d, today);
        out.append("=== ").append(kind).append(action.due() == null ? "" : " due " + action.due()).append(" ===\n")
                .append(t.subject()).append("\n\n").append(t.body()).append("\n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenAYellowThenRedCustomer_itsNotesAndTasks_matchTheGoldenFile(String language) throws IOException {
        CustomerTexts texts = new CustomerTexts(Templates.engine(), new Wording(language),
                new CrmCapabilities("salesforce", 100, 200, Set.of(), CrmCapabilities.TextFormat.PLAIN, 32_000, 32_000),
                HealthPolicy.DEFAULT, 14);
        StringBuilder out = new StringBuilder();
        CustomerDecision yellow = DECISIONS.decide(facts(DAY.minusDays(2), DAY.minusDays(12), 0, 3), CustomerMemory.NONE, DAY);
        section(out, texts, yellow, CustomerAction.Kind.SIGNS_NOTE, DAY);
        section(out, texts, yellow, CustomerAction.Kind.REVIEW_MEETING_TASK, DAY);
        LocalDate red = DAY.plusDays(20);
        CustomerDecision remediation = DECISIONS.decide(facts(red.minusDays(3), DAY.minusDays(12), 1, 3), yellow.memory(), red);
        section(out, texts, remediation, CustomerAction.Kind.REMEDIATION_NOTE, red);
        section(out, texts, remediation, CustomerAction.Kind.MID_REVIEW_TASK, red);
        LocalDate after = red.plusDays(43);
        CustomerDecision exit = DECISIONS.decide(facts(after.minusDays(40), DAY.minusDays(12), 0, 1), remediation.memory(), after);
        section(out, texts, exit, CustomerAction.Kind.EXIT_NOTE, after);
        section(out, texts, exit, CustomerAction.Kind.EXIT_TASK, after);
        CustomerDecision success = DECISIONS.decide(facts(after.minusDays(1), null, 0, 1), remediation.memory(), after);
        section(out, texts, success, CustomerAction.Kind.SUCCESS_NOTE, after);

        Path golden = Path.of("src/test/resources/golden/customer-texts." + language + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(out.toString()).doesNotContain("{").doesNotContain("customer.");
    }
}
