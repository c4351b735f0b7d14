package dev.dealfocus.api;

import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.eaters.Quarter;
import dev.dealfocus.core.eaters.TimeEaters;
import dev.dealfocus.ops.TimeEaterReports;
import dev.dealfocus.render.TimeEaterText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The quarterly time-eater list (docs/reviews.md). */
@Path("/api/reports")
public class ReportResource {
    private final TimeEaterReports reports;
    private final Policy policy;
    private final Clock clock;
    private final TimeEaterText text;

    public ReportResource(TimeEaterReports reports, Policy policy, Clock clock, dev.dealfocus.config.DealFocusConfig config) {
        this.text = new TimeEaterText(new dev.dealfocus.render.Wording(config.locale()));
        this.reports = reports;
        this.policy = policy;
        this.clock = clock;
    }

    @GET
    @Path("/time-eaters")
    @Produces({MediaType.APPLICATION_JSON, ReportFormats.CSV, ReportFormats.MARKDOWN})
    @Operation(summary = "Per team, the five deals that took the most effort in the quarter without moving, with the suggested action")
    public Response timeEaters(@QueryParam("quarter") String quarter, @QueryParam("team") String team, @QueryParam("owner") String owner,
                               @Context HttpHeaders headers) {
        ReportFormats.check("owner", owner);
        ReportFormats.check("team", team);
        Quarter q;
        try {
            q = quarter == null || quarter.isBlank()
                    ? Quarter.containing(LocalDate.ofInstant(clock.instant(), policy.timeZone()), reports.fiscalYearStart())
                    : Quarter.parse(quarter, reports.fiscalYearStart());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "quarter: " + e.getMessage());
        }
        dev.dealfocus.core.eaters.TimeEaterReport report;
        try {
            report = reports.build(q, ReportFormats.blankToNull(owner), ReportFormats.blankToNull(team));
        } catch (TimeEaterReports.Unsupported e) {
            throw new ProblemException(Response.Status.NOT_IMPLEMENTED, e.getMessage());
        }
        MediaType type = ReportFormats.preferred(headers.getAcceptableMediaTypes());
        if (type.toString().equals(ReportFormats.CSV)) {
            return Response.ok(text.csv(report), ReportFormats.CSV + ";charset=UTF-8").build();
        }
        if (type.toString().equals(ReportFormats.MARKDOWN)) {
            return Response.ok(text.markdown(report), ReportFormats.MARKDOWN + ";charset=UTF-8").build();
        }
        return Response.ok(View.of(report, text), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The list as JSON: the quarter as written, the CRM calls it took, per team its entries. */
    public record View(String quarter, String owner, String team, long apiCalls, List<TeamView> teams) {
        static View of(dev.dealfocus.core.eaters.TimeEaterReport r, TimeEaterText text) {
            return new View(r.quarter().toString(), r.owner(), r.team(), r.apiCalls(), r.teams().stream()
                    .map(t -> new TeamView(t.teamKey(), t.entries().stream().map(e -> EntryView.of(e, text)).toList())).toList());
        }
    }

    public record TeamView(String team, List<EntryView> deals) {
    }

    public record EntryView(String dealId, String dealName, String ownerId, BigDecimal effortHours, BigDecimal valuePerHour,
                            BigDecimal teamMedian, String currency, dev.dealfocus.core.deal.Status status, int score, String suggestion,
                            String next, String action) {
        static EntryView of(TimeEaters.Entry e, TimeEaterText text) {
            var d = e.deal();
            return new EntryView(d.dealId(), d.name(), d.ownerId(), d.effortHours(), d.perHour(), e.teamMedian(), d.currency(), d.status(),
                    d.score(), e.suggestion().name(), e.next(), text.action(e));
        }
    }
}
