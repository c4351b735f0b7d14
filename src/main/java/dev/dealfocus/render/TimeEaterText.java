package dev.dealfocus.render;

import dev.dealfocus.core.eaters.TimeEaters;
import java.math.BigDecimal;

/** The time-eater list as Markdown and CSV (English; the weekly review's wording shows how a second language goes in). */
public final class TimeEaterText {
    private TimeEaterText() {
    }

    /** The suggested action with its rule, as a sentence. */
    public static String action(TimeEaters.Entry e) {
        return switch (e.suggestion()) {
            case CLOSE -> "Close it: it is " + e.deal().status() + " and still took effort.";
            case PARK -> "Park it: value per hour " + plain(e.deal().perHour()) + " is under half the team median of "
                    + plain(e.teamMedian()) + ".";
            case KEEP -> "Keep it, and make the next step happen: " + (e.next().equals("STAGE")
                    ? "a dated step that advances the stage." : "get the " + e.next().toLowerCase().replace('_', ' ') + " answered.");
        };
    }

    public static String markdown(dev.dealfocus.core.eaters.TimeEaterReport r) {
        StringBuilder out = new StringBuilder("# Time-eaters ").append(r.quarter())
                .append(r.owner() == null ? "" : ", owner " + r.owner()).append(r.team() == null ? "" : ", team " + r.team())
                .append("\n\nThe deals that took the most effort this quarter without moving (stage not advanced, score not risen). ")
                .append("CRM calls to read the effort: ").append(r.apiCalls()).append(".\n");
        if (r.teams().isEmpty()) {
            out.append("\nNone.\n");
        }
        for (TimeEaters.TeamList t : r.teams()) {
            out.append("\n## ").append(t.teamKey()).append("\n\n| deal | owner | effort (h) | value per hour | status | score | suggestion |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (TimeEaters.Entry e : t.entries()) {
                var d = e.deal();
                out.append("| ").append(cell(d.name())).append(" (").append(cell(d.dealId())).append(") | ").append(cell(d.ownerId()))
                        .append(" | ").append(plain(d.effortHours())).append(" | ").append(plain(d.perHour()))
                        .append(d.currency() == null ? "" : " " + d.currency()).append(" | ").append(d.status() == null ? "-" : d.status())
                        .append(" | ").append(d.score()).append(" | ").append(action(e)).append(" |\n");
            }
        }
        return out.toString();
    }

    public static String csv(dev.dealfocus.core.eaters.TimeEaterReport r) {
        StringBuilder out = new StringBuilder("quarter,team,deal_id,deal,owner,effort_hours,value_per_hour,currency,status,score,suggestion,action\n");
        for (TimeEaters.TeamList t : r.teams()) {
            for (TimeEaters.Entry e : t.entries()) {
                var d = e.deal();
                out.append(r.quarter()).append(',').append(ReviewText.quoteCsv(t.teamKey())).append(',').append(ReviewText.quoteCsv(d.dealId()))
                        .append(',').append(ReviewText.quoteCsv(d.name())).append(',').append(ReviewText.quoteCsv(d.ownerId())).append(',')
                        .append(plain(d.effortHours())).append(',').append(plain(d.perHour())).append(',')
                        .append(d.currency() == null ? "" : d.currency()).append(',').append(d.status() == null ? "" : d.status())
                        .append(',').append(d.score()).append(',').append(e.suggestion()).append(',').append(ReviewText.quoteCsv(action(e)))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        return text == null ? "-" : text.replace("|", "\\|").replace("\n", " ");
    }
}
