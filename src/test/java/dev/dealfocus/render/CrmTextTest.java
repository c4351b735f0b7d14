package dev.dealfocus.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.CrmCapabilities.TextFormat;
import org.junit.jupiter.api.Test;

class CrmTextTest {

    @Test
    void givenTextLongerThanTheCrmTakes_body_shortensItAndSaysSo() {
        String text = "Why:\n- " + "x".repeat(70_000) + "\n\nEnd";
        String plain = CrmText.body(text, TextFormat.PLAIN, 32_000);
        assertThat(plain).hasSizeLessThanOrEqualTo(32_000).endsWith("(shortened to fit the CRM's limit)");
        String html = CrmText.body(text + " <&>", TextFormat.HTML, 65_536);
        assertThat(html).hasSizeLessThanOrEqualTo(65_536).startsWith("<p>Why:</p><ul><li>xxx")
                .endsWith("(shortened to fit the CRM&#39;s limit)</p>");
    }

    @Test
    void givenMarkupInText_html_escapesItAndKeepsStructure() {
        assertThat(CrmText.html("Deal <b>\"A&B\"</b>\n\n- one's\n- two\nafter"))
                .isEqualTo("<p>Deal &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</p><ul><li>one&#39;s</li><li>two</li></ul><p>after</p>");
    }

    @Test
    void givenLongOrMultilineSubject_subject_isOneLineOfAtMost255() {
        assertThat(CrmText.subject("Re-engagement\n check: " + "y".repeat(400))).hasSize(255).doesNotContain("\n").endsWith("…");
    }
}
