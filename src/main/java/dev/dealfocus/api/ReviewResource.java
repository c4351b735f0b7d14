package dev.dealfocus.api;

import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.review.ReviewSource;
import dev.dealfocus.core.review.ReviewWeek;
import dev.dealfocus.core.review.WeeklyReview;
import dev.dealfocus.core.review.WeeklyReviews;
import dev.dealfocus.render.ReviewText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The weekly 15-minute review (docs/reviews.md): from stored assessments and the journal, no CRM call. */
@Path("/api/reviews")
public class ReviewResource {

    private final ReviewSource source;
    private final WeeklyReviews reviews;
    private final DecisionStore store;
    private final Policy policy;
    private final Clock clock;
    private final ReviewText text;

    public ReviewResource(ReviewSource source, WeeklyReviews reviews, DecisionStore store, Policy policy, Clock clock,
                          dev.dealfocus.config.DealFocusConfig config) {
        this.text = new ReviewText(new dev.dealfocus.render.Wording(config.locale()));
        this.source = source;
        this.reviews = reviews;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @GET
    @Path("/weekly")
    @Produces({MediaType.APPLICATION_JSON, ReportFormats.CSV, ReportFormats.MARKDOWN})
    @Operation(summary = "The weekly review of an owner or team: proposals awaiting a person, deals expiring within 7 days, "
            + "next steps due, deals below half the team median value per hour, changes since the previous week, every open deal")
    public Response weekly(@QueryParam("owner") String owner, @QueryParam("team") String team, @QueryParam("week") String week,
                           @Context HttpHeaders headers) {
        ReportFormats.check("owner", owner);
        ReportFormats.check("team", team);
        ZoneId zone = policy.timeZone();
        ReviewWeek w;
        try {
            w = week == null || week.isBlank() ? ReviewWeek.containing(clock.instant(), zone) : ReviewWeek.parse(week);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "week: " + e.getMessage());
        }
        // what changed since the previous week: from its Monday to the end of this one
        var inputs = source.inputs(w.previous().start(zone), w.end(zone));
        TeamMedians medians = TeamMedians.of(store.valueSamples(), policy.value().minTeamDeals());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        WeeklyReview review = reviews.build(w, ReportFormats.blankToNull(owner), ReportFormats.blankToNull(team), today, inputs, medians);
        MediaType type = ReportFormats.preferred(headers.getAcceptableMediaTypes());
        Object body = type.toString().equals(ReportFormats.CSV) ? text.csv(review)
                : type.toString().equals(ReportFormats.MARKDOWN) ? text.markdown(review) : ReviewView.of(review, text);
        return Response.ok(body, type.toString().equals(MediaType.APPLICATION_JSON) ? MediaType.APPLICATION_JSON_TYPE
                : MediaType.valueOf(type + ";charset=UTF-8")).build();
    }

    /** The review as JSON: the week as written in the query, the counts per section at the top. */
    public record ReviewView(String week, String title, String owner, String team, LocalDate today,
                             java.util.Map<String, Integer> counts, List<SectionView> sections) {
        static ReviewView of(WeeklyReview r, ReviewText text) {
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            r.sections().forEach(s -> counts.put(s.kind().name(), s.entries().size()));
            return new ReviewView(r.week().toString(), text.title(r), r.owner(), r.team(), r.today(), counts,
                    r.sections().stream().map(s -> new SectionView(s.kind().name(), text.section(s.kind()), s.entries().stream()
                            .map(e -> new EntryView(e.dealId(), e.dealName(), e.ownerId(), e.status(), e.score(),
                                    e.facts().stream().map(f -> f.code().name()).toList(), text.facts(e), e.action().name(),
                                    text.action(e))).toList())).toList());
        }
    }

    /** A section: its kind, its title in the configured language, its entries. */
    public record SectionView(String kind, String title, List<EntryView> entries) {
    }

    /** An entry: the deal, the facts as codes and as sentences, the action as a code and as a sentence. */
    public record EntryView(String dealId, String dealName, String ownerId, dev.dealfocus.core.deal.Status status, int score,
                            List<String> factCodes, String facts, String actionCode, String action) {
    }



}
