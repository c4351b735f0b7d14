package dev.dealfocus.render;

import dev.dealfocus.core.review.WeeklyReview;
import dev.dealfocus.core.review.WeeklyReview.Entry;
import dev.dealfocus.core.review.WeeklyReview.Kind;
import dev.dealfocus.core.review.WeeklyReview.Section;

/** The weekly review as Markdown (to read or paste) and CSV (one row per entry, for a spreadsheet). */
public final class ReviewText {
    private ReviewText() {
    }

    public static String markdown(WeeklyReview r) {
        StringBuilder out = new StringBuilder("# Weekly review ").append(r.week())
                .append(r.owner() == null ? "" : ", owner " + r.owner()).append(r.team() == null ? "" : ", team " + r.team())
                .append("\n\n");
        for (Section s : r.sections()) {
            out.append("- ").append(s.kind().title()).append(": ").append(s.entries().size()).append('\n');
        }
        for (Section s : r.sections()) {
            out.append("\n## ").append(s.kind().title()).append("\n\n");
            if (s.entries().isEmpty()) {
                out.append("Nothing.\n");
                continue;
            }
            if (s.kind() == Kind.APPENDIX) {
                out.append("| deal | owner | status | score |\n|---|---|---|---|\n");
                s.entries().forEach(e -> out.append("| ").append(cell(e.dealName())).append(" (").append(cell(e.dealId())).append(") | ")
                        .append(cell(e.ownerId())).append(" | ").append(e.status() == null ? "-" : e.status()).append(" | ")
                        .append(e.score()).append(" |\n"));
                continue;
            }
            for (Entry e : s.entries()) {
                out.append("- **").append(cell(e.dealName())).append("** (").append(cell(e.dealId())).append(", ").append(cell(e.ownerId()))
                        .append(", ").append(e.status() == null ? "no status" : e.status()).append(", score ").append(e.score())
                        .append("): ").append(e.facts()).append(" *").append(e.action()).append("*\n");
            }
        }
        return out.toString();
    }

    public static String csv(WeeklyReview r) {
        StringBuilder out = new StringBuilder("week,section,deal_id,deal,owner,status,score,facts,action\n");
        for (Section s : r.sections()) {
            for (Entry e : s.entries()) {
                out.append(r.week()).append(',').append(s.kind()).append(',').append(quote(e.dealId())).append(',')
                        .append(quote(e.dealName())).append(',').append(quote(e.ownerId())).append(',')
                        .append(e.status() == null ? "" : e.status()).append(',').append(e.score()).append(',')
                        .append(quote(e.facts())).append(',').append(quote(e.action())).append('\n');
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text == null ? "-" : text.replace("|", "\\|").replace("\n", " ");
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a deal name as a formula. */
    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
