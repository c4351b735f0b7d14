package dev.dealfocus.render;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.review.WeeklyReview;
import dev.dealfocus.core.review.WeeklyReview.Entry;
import dev.dealfocus.core.review.WeeklyReview.Fact;
import dev.dealfocus.core.review.WeeklyReview.Kind;
import dev.dealfocus.core.review.WeeklyReview.Section;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The weekly review in words, in the configured language: Markdown (to read or paste), CSV (one row per
 * entry, for a spreadsheet), and each entry's facts and action as sentences for the JSON answer.
 */
public final class ReviewText {
    private final Wording wording;

    public ReviewText(Wording wording) {
        this.wording = wording;
    }

    public String title(WeeklyReview r) {
        return wording.text("review.title", Map.of("week", r.week().toString()))
                + (r.owner() == null ? "" : ", " + wording.text("review.owner", Map.of("owner", r.owner())))
                + (r.team() == null ? "" : ", " + wording.text("review.team", Map.of("team", r.team())));
    }

    public String section(Kind kind) {
        return wording.text("review.section." + kind.name());
    }

    /** The entry's facts, each with the reasons it carries, as sentences. */
    public String facts(Entry e) {
        return e.facts().stream().map(f -> fact(f, e)).collect(Collectors.joining(" "));
    }

    public String action(Entry e) {
        return wording.text("review.action." + e.action().name());
    }

    private String fact(Fact f, Entry e) {
        Map<String, String> values = new HashMap<>(f.values());
        values.replaceAll(this::word);
        values.put("score", String.valueOf(e.score()));
        values.putIfAbsent("status", wording.status(e.status()));
        String sentence = wording.text("review.fact." + f.code().name(), values);
        String reasons = f.reasons().stream().map(wording::reason).collect(Collectors.joining(" "));
        return reasons.isEmpty() ? sentence : sentence.isEmpty() ? reasons : sentence + " " + reasons;
    }

    /** Values as people read them: dates in the language's format, statuses by name, amounts with separators. */
    private String word(String name, String value) {
        switch (name) {
            case "date", "since" -> {
                return value.matches("\\d{4}-\\d{2}-\\d{2}") ? wording.date(LocalDate.parse(value)) : value;
            }
            case "before", "after", "status" -> {
                return value.matches("[A-Z]+") && !value.equals("EUR") ? statusOrNone(value) : value;
            }
            case "perHour", "median" -> {
                return wording.money(value);
            }
            default -> {
                return value;
            }
        }
    }

    private String statusOrNone(String value) {
        try {
            return wording.status(Status.valueOf(value));
        } catch (IllegalArgumentException e) {
            return value.equals("none") ? wording.status(null) : value;
        }
    }

    /** An entry as one line of plain text: the deal, its status and score, the facts, what to do. */
    public String line(Entry e) {
        return e.dealName() + " (" + (e.status() == null ? wording.text("review.noStatus") : wording.status(e.status())) + ", "
                + wording.text("review.score", Map.of("score", String.valueOf(e.score()))) + "): " + facts(e) + " " + action(e);
    }

    public String markdown(WeeklyReview r) {
        StringBuilder out = new StringBuilder("# ").append(title(r)).append("\n\n");
        for (Section s : r.sections()) {
            out.append("- ").append(section(s.kind())).append(": ").append(s.entries().size()).append('\n');
        }
        for (Section s : r.sections()) {
            out.append("\n## ").append(section(s.kind())).append("\n\n");
            if (s.entries().isEmpty()) {
                out.append(wording.text("review.nothing")).append('\n');
                continue;
            }
            if (s.kind() == Kind.APPENDIX) {
                out.append(wording.text("review.columns")).append("\n|---|---|---|---|\n");
                s.entries().forEach(e -> out.append("| ").append(Tables.cell(e.dealName())).append(" (").append(Tables.cell(e.dealId())).append(") | ")
                        .append(Tables.cell(e.ownerId())).append(" | ").append(e.status() == null ? "-" : wording.status(e.status()))
                        .append(" | ").append(e.score()).append(" |\n"));
                continue;
            }
            for (Entry e : s.entries()) {
                out.append("- **").append(Tables.cell(e.dealName())).append("** (").append(Tables.cell(e.dealId())).append(", ").append(Tables.cell(e.ownerId()))
                        .append(", ").append(e.status() == null ? wording.text("review.noStatus") : wording.status(e.status()))
                        .append(", ").append(wording.text("review.score", Map.of("score", String.valueOf(e.score())))).append("): ")
                        .append(facts(e)).append(" *").append(action(e)).append("*\n");
            }
        }
        return out.toString();
    }

    public String csv(WeeklyReview r) {
        StringBuilder out = new StringBuilder("week,section,deal_id,deal,owner,status,score,facts,action\n");
        for (Section s : r.sections()) {
            for (Entry e : s.entries()) {
                out.append(r.week()).append(',').append(s.kind()).append(',').append(Tables.csv(e.dealId())).append(',')
                        .append(Tables.csv(e.dealName())).append(',').append(Tables.csv(e.ownerId())).append(',')
                        .append(e.status() == null ? "" : e.status()).append(',').append(e.score()).append(',')
                        .append(Tables.csv(facts(e))).append(',').append(Tables.csv(action(e))).append('\n');
            }
        }
        return out.toString();
    }
}
