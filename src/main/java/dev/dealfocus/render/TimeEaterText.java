package dev.dealfocus.render;

import dev.dealfocus.core.eaters.TimeEaterReport;
import dev.dealfocus.core.eaters.TimeEaters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The time-eater list in the configured language: Markdown (to read or paste), CSV, and each entry's action as a sentence. */
public final class TimeEaterText {
    private final Wording wording;

    public TimeEaterText(Wording wording) {
        this.wording = wording;
    }

    /** The suggested action with its rule, as a sentence. */
    public String action(TimeEaters.Entry e) {
        return switch (e.suggestion()) {
            case CLOSE -> wording.text("eaters.CLOSE", Map.of("status", wording.status(e.deal().status())));
            case PARK -> wording.text("eaters.PARK", Map.of("perHour", money(e.deal().perHour(), e.deal().currency()),
                    "median", money(e.teamMedian(), e.deal().currency())));
            case LOST -> wording.text("eaters.LOST");
            case KEEP -> e.next().equals("STAGE") ? wording.text("eaters.KEEP.STAGE")
                    : wording.text("eaters.KEEP", Map.of("dimension", wording.text("dimension." + e.next())));
        };
    }

    /** An entry as one line of plain text: the deal, its owner, effort, value per hour, status, score and the action. */
    public String line(TimeEaters.Entry e) {
        var d = e.deal();
        return wording.text("eaters.line", Map.of("deal", d.name() == null ? d.dealId() : d.name(), "owner", String.valueOf(d.ownerId()),
                "hours", wording.money(d.effortHours().setScale(2, RoundingMode.HALF_UP).toPlainString()),
                "perHour", money(d.perHour(), d.currency()), "status", d.status() == null ? "-" : wording.status(d.status()),
                "score", String.valueOf(d.score()))) + " " + action(e);
    }

    public String markdown(TimeEaterReport r) {
        StringBuilder out = new StringBuilder("# ").append(wording.text("eaters.title", Map.of("quarter", r.quarter().toString())))
                .append(r.owner() == null ? "" : ", " + wording.text("review.owner", Map.of("owner", r.owner())))
                .append(r.team() == null ? "" : ", " + wording.text("review.team", Map.of("team", r.team())))
                .append("\n\n").append(wording.text("eaters.intro", Map.of("calls", String.valueOf(r.apiCalls())))).append('\n');
        if (r.teams().isEmpty()) {
            out.append('\n').append(wording.text("eaters.none")).append('\n');
        }
        for (TimeEaters.TeamList t : r.teams()) {
            out.append("\n## ").append(t.teamKey()).append("\n\n").append(wording.text("eaters.columns")).append('\n')
                    .append("|---|---|---|---|---|---|---|\n");
            for (TimeEaters.Entry e : t.entries()) {
                var d = e.deal();
                out.append("| ").append(Tables.cell(d.name())).append(" (").append(Tables.cell(d.dealId())).append(") | ").append(Tables.cell(d.ownerId()))
                        .append(" | ").append(wording.money(d.effortHours().setScale(2, RoundingMode.HALF_UP).toPlainString()))
                        .append(" | ").append(money(d.perHour(), d.currency())).append(" | ")
                        .append(d.status() == null ? "-" : wording.status(d.status())).append(" | ").append(d.score()).append(" | ")
                        .append(action(e)).append(" |\n");
            }
        }
        return out.toString();
    }

    public String csv(TimeEaterReport r) {
        StringBuilder out = new StringBuilder("quarter,team,deal_id,deal,owner,effort_hours,value_per_hour,currency,status,score,suggestion,action\n");
        for (TimeEaters.TeamList t : r.teams()) {
            for (TimeEaters.Entry e : t.entries()) {
                var d = e.deal();
                out.append(r.quarter()).append(',').append(Tables.csv(t.teamKey())).append(',').append(Tables.csv(d.dealId()))
                        .append(',').append(Tables.csv(d.name())).append(',').append(Tables.csv(d.ownerId())).append(',')
                        .append(plain(d.effortHours())).append(',').append(plain(d.perHour())).append(',')
                        .append(d.currency() == null ? "" : d.currency()).append(',').append(d.status() == null ? "" : d.status())
                        .append(',').append(d.score()).append(',').append(e.suggestion()).append(',').append(Tables.csv(action(e)))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private String money(BigDecimal value, String currency) {
        return value == null ? "-" : wording.money(value.setScale(2, RoundingMode.HALF_UP).toPlainString()) + (currency == null ? "" : " " + currency);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

}
