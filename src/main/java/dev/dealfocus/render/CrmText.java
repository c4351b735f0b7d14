package dev.dealfocus.render;

import dev.dealfocus.core.port.CrmCapabilities;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits rendered text to the CRM: HTML for HubSpot's note and task bodies, with every character
 * escaped (the text holds what reps and prospects typed), or plain text for Salesforce; never longer
 * than the CRM takes.
 */
final class CrmText {
    static final int MAX_SUBJECT = 255;
    private static final String SHORTENED = "\n\n[…] (shortened to fit the CRM's limit)";

    private CrmText() {
    }

    static String body(String text, CrmCapabilities.TextFormat format, int max) {
        String fitted = text;
        String out = render(fitted, format);
        while (out.length() > max) {
            // shorten the text, not the markup, so the HTML stays well-formed
            int cut = Math.max(0, fitted.length() - (out.length() - max) - SHORTENED.length() - 16);
            fitted = text.substring(0, cut) + SHORTENED;
            out = render(fitted, format);
        }
        return out;
    }

    static String subject(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1) + "…";
    }

    private static String render(String text, CrmCapabilities.TextFormat format) {
        return format == CrmCapabilities.TextFormat.HTML ? html(text) : text;
    }

    /** Blank-line separated blocks become paragraphs, runs of "- " lines within them lists. */
    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> paragraph = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : block.strip().split("\\n")) {
                if (line.startsWith("- ")) {
                    flushParagraph(out, paragraph);
                    items.add(line.substring(2));
                } else {
                    flushList(out, items);
                    paragraph.add(line);
                }
            }
            flushParagraph(out, paragraph);
            flushList(out, items);
        }
        return out.toString();
    }

    private static void flushParagraph(StringBuilder out, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("<p>").append(String.join("<br>", lines.stream().map(CrmText::escape).toList())).append("</p>");
            lines.clear();
        }
    }

    private static void flushList(StringBuilder out, List<String> items) {
        if (!items.isEmpty()) {
            out.append("<ul>");
            items.forEach(i -> out.append("<li>").append(escape(i)).append("</li>"));
            out.append("</ul>");
            items.clear();
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
