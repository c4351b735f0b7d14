package dev.dealfocus.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.review.WeeklyReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The weekly review's Markdown in both languages against golden files (src/test/resources/golden). A change
 * of wording shows up as a diff here; to accept it, run with -Dgolden.update=true and read the diff.
 */
class ReviewTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenTheSampleReview_markdown_matchesTheGoldenFile(String language) throws IOException {
        WeeklyReview review = dev.dealfocus.core.review.WeeklyReviewsTest.sample();
        String markdown = new ReviewText(new Wording(language)).markdown(review);
        Path golden = Path.of("src/test/resources/golden/weekly-review." + language + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(markdown).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenTheSampleReview_csv_quotesEveryTextAndDefusesFormulas(String language) {
        String csv = new ReviewText(new Wording(language)).csv(dev.dealfocus.core.review.WeeklyReviewsTest.sample());
        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("2026-W49,"));
        assertThat(csv.lines().count()).isEqualTo(1 + 7 + 9); // header, seven decision entries, nine in the appendix
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void givenTheSampleReview_reviewTask_listsTheDecisionsWithTheLinkAndMatchesTheGoldenFile(String language) throws IOException {
        QuteRenderer renderer = new QuteRenderer(Templates.engine(), new Wording(language), Reengagement.NONE,
                new dev.dealfocus.core.port.CrmCapabilities("salesforce", 100, 200, java.util.Set.of(),
                        dev.dealfocus.core.port.CrmCapabilities.TextFormat.PLAIN, 32_000, 32_000));
        var task = renderer.reviewTask(dev.dealfocus.core.review.WeeklyReviewsTest.sample(),
                "https://dealfocus.example.com/api/reviews/weekly?owner=O-1&week=2026-W49");
        String text = task.subject() + "\n\n" + task.body() + "\n";
        Path golden = Path.of("src/test/resources/golden/review-task." + language + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(task.body()).contains("https://dealfocus.example.com/api/reviews/weekly?owner=O-1&week=2026-W49");
    }

    @org.junit.jupiter.api.Test
    void givenAReviewLongerThanTheCrmTakes_reviewTask_isShortenedAndKeepsTheLink() {
        QuteRenderer renderer = new QuteRenderer(Templates.engine(), new Wording("en"), Reengagement.NONE,
                new dev.dealfocus.core.port.CrmCapabilities("hubspot", 100, 100, java.util.Set.of(),
                        dev.dealfocus.core.port.CrmCapabilities.TextFormat.HTML, 65_436, 600));
        var task = renderer.reviewTask(dev.dealfocus.core.review.WeeklyReviewsTest.sample(), "/api/reviews/weekly?owner=O-1&week=2026-W49");
        assertThat(task.body()).hasSizeLessThanOrEqualTo(600).contains("/api/reviews/weekly?owner=O-1&amp;week=2026-W49")
                .contains("shortened to fit");
    }
}
