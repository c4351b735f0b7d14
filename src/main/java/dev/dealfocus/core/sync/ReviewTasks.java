package dev.dealfocus.core.sync;

import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.review.ReviewInputs;
import dev.dealfocus.core.review.ReviewSource;
import dev.dealfocus.core.review.ReviewWeek;
import dev.dealfocus.core.review.WeeklyReviews;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weekly review as one CRM task per owner and week (issue 13, item 2), due on the configured
 * weekday and written by the first run that applies on or after it. Its key is the owner's and the
 * week's, so it is written once whatever the reruns, restarts and lost answers: a task applied or being
 * sent is never planned again, one whose create failed is planned again (with the review as it stands)
 * by the next run of the week. An owner without open deals gets none. Change-event runs skip the check
 * once this process saw every owner's task written for the week, since they run often and read little.
 */
public final class ReviewTasks implements OwnerTaskSource {
    /**
     * @param enabled   {@code dealfocus.review.enabled}
     * @param weekday   {@code dealfocus.review.weekday}: the task is due that day, written from that day on
     * @param publicUrl {@code dealfocus.public-url}: where people reach this service, for the link; blank for a path only
     */
    public record Settings(boolean enabled, DayOfWeek weekday, String publicUrl) {
        public static final Settings OFF = new Settings(false, DayOfWeek.MONDAY, "");

        public Settings {
            Objects.requireNonNull(weekday, "weekday");
            publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        }
    }

    private final Settings settings;
    private final ReviewSource source;
    private final WeeklyReviews reviews;
    private final DecisionStore store;
    private final WriteIntents intents;
    private final Renderer renderer;
    private final Policy policy;
    /** The week for which this process saw every owner's task applied, or null. */
    private volatile ReviewWeek settledWeek;

    public ReviewTasks(Settings settings, ReviewSource source, WeeklyReviews reviews, DecisionStore store,
                       WriteIntents intents, Renderer renderer, Policy policy) {
        this.settings = settings;
        this.source = source;
        this.reviews = reviews;
        this.store = store;
        this.intents = intents;
        this.renderer = renderer;
        this.policy = policy;
    }

    /** The review tasks this run owes, as intents to plan; none in a recommend-only setup. */
    @Override
    public List<Intent> owed(LocalDate today, dev.dealfocus.core.port.Trigger trigger, boolean eventRun, boolean confirmed, String runId, dev.dealfocus.core.port.ApiCalls calls) {
        if (!settings.enabled() || policy.recommendOnly()) { // recommend-only writes no notes or tasks at all
            return List.of();
        }
        ReviewWeek week = ReviewWeek.of(today);
        LocalDate due = dueOn(week);
        if (today.isBefore(due) || eventRun && week.equals(settledWeek)) {
            return List.of();
        }
        Map<String, String> keys = new LinkedHashMap<>();
        source.managedDeals().stream().map(ReviewInputs.Deal::ownerId).filter(o -> o != null && !o.isBlank())
                .distinct().sorted().forEach(owner -> keys.put(owner, key(owner, week)));
        Map<String, Intent.State> states = intents.states(keys.values());
        List<String> owners = keys.keySet().stream().filter(o -> Intent.stillOwed(states.get(keys.get(o)))).toList();
        if (owners.isEmpty()) {
            settledWeek = week;
            return List.of();
        }
        ZoneId zone = policy.timeZone();
        ReviewInputs in = source.inputs(week.previous().start(zone), week.end(zone));
        TeamMedians medians = TeamMedians.of(store.valueSamples(), policy.value().minTeamDeals());
        List<Intent> out = new ArrayList<>();
        for (String owner : owners) {
            Renderer.TaskText text = renderer.reviewTask(reviews.build(week, owner, null, today, in, medians),
                    link(owner, week));
            CrmWrite.OwnerTask task = new CrmWrite.OwnerTask(keys.get(owner), WrittenKind.REVIEW_TASK, owner, due,
                    text.subject(), text.body());
            out.add(Intent.planned(task, null, null, null, null, null, runId));
        }
        return out;
    }

    /** The idempotency key of an owner's review task for a week. */
    static String key(String owner, ReviewWeek week) {
        return Keys.of("review-task", owner, week.toString());
    }

    LocalDate dueOn(ReviewWeek week) {
        return week.monday().plusDays(settings.weekday().getValue() - 1L);
    }

    private String link(String owner, ReviewWeek week) {
        return settings.publicUrl() + "/api/reviews/weekly?owner=" + URLEncoder.encode(owner, StandardCharsets.UTF_8)
                + "&week=" + week;
    }
}
