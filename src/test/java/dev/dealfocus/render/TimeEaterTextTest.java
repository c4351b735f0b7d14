package dev.dealfocus.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.eaters.Quarter;
import dev.dealfocus.core.eaters.TimeEaterReport;
import dev.dealfocus.core.eaters.TimeEaters;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time-eater list's Markdown in both languages against golden files; -Dgolden.update=true accepts a change. */
class TimeEaterTextTest {
    private static TimeEaters.Entry entry(String id, Status status, String perHour, String hours, TimeEaters.Suggestion s, String next) {
        return new TimeEaters.Entry(new TimeEaters.Candidate(id, "Deal " + id, "rep-1", "team:A", status, 60, new BigDecimal(perHour),
                "EUR", new BigDecimal(hours), false, false, false, null), s, new BigDecimal("1200"), next);
    }

    static TimeEaterReport sample() {
        return new TimeEaterReport(Quarter.parse("2026-Q4", Month.JANUARY), null, "team:A", 3, List.of(new TimeEaters.TeamList("team:A",
                List.of(entry("parked", Status.PARKED, "300", "20", TimeEaters.Suggestion.CLOSE, null),
                        entry("cheap", Status.ACTIVE, "99.5", "18.25", TimeEaters.Suggestion.PARK, null),
                        entry("budget", Status.NURTURE, "900", "12", TimeEaters.Suggestion.KEEP, "BUDGET"),
                        entry("keep", Status.ACTIVE, "1500", "7.5", TimeEaters.Suggestion.KEEP, "STAGE")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenTheSampleList_markdown_matchesTheGoldenFile(String language) throws IOException {
        String markdown = new TimeEaterText(new Wording(language)).markdown(sample());
        Path golden = Path.of("src/test/resources/golden/time-eaters." + language + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(markdown).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenTheSampleList_leadTask_listsEachDealWithItsActionAndTheLink(String language) throws IOException {
        QuteRenderer renderer = new QuteRenderer(Templates.engine(), new Wording(language), Reengagement.NONE,
                new dev.dealfocus.core.port.CrmCapabilities("salesforce", 100, 200, java.util.Set.of(),
                        dev.dealfocus.core.port.CrmCapabilities.TextFormat.PLAIN, 32_000, 32_000));
        var task = renderer.timeEaterTask(sample(), "team:A", "/api/reports/time-eaters?quarter=2026-Q4&team=team%3AA");
        String text = task.subject() + "\n\n" + task.body() + "\n";
        Path golden = Path.of("src/test/resources/golden/time-eater-task." + language + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
