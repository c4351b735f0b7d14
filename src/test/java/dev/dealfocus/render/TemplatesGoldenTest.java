package dev.dealfocus.render;

import static dev.dealfocus.core.DealBuilder.deal;
import static dev.dealfocus.core.Fixtures.TODAY;

import dev.dealfocus.core.DealBuilder;
import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.PolicyBuilder;
import dev.dealfocus.core.Previous;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Bands;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.ExpiryAction;
import dev.dealfocus.core.decision.ExpiryRule;
import dev.dealfocus.core.decision.PipelineRules;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.ReasonCode;
import dev.dealfocus.core.decision.Signal;
import dev.dealfocus.core.decision.SignalPolicy;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.plan.DealPlan;
import dev.dealfocus.core.plan.Planner;
import dev.dealfocus.core.plan.TaskPlan;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.Renderer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every template in both languages, every reason, both CRM formats: against golden files. */
class TemplatesGoldenTest {
    static final CrmCapabilities PLAIN = new CrmCapabilities("salesforce-like", 200, 200, Set.of(),
            CrmCapabilities.TextFormat.PLAIN, 32_000, 32_000);
    static final CrmCapabilities HTML = new CrmCapabilities("hubspot-like", 100, 100, Set.of(),
            CrmCapabilities.TextFormat.HTML, 65_536, 65_536);
    static final Reengagement CONFIGURED = new Reengagement(
            Map.of(ReasonCode.LOW_VALUE_PER_HOUR, List.of("the budget for next year is approved")),
            "our self-service starter plan at https://example.com/start", Map.of("renewals", "the contract renewal date approaches"),
            Map.of("partners", "our partner Nordlicht IT (hello@nordlicht.example)"));

    private static final Policy POLICY = new PolicyBuilder()
            .signals(new SignalPolicy(0, 3, Map.of(Signal.PRICE_PRESSURE, "price", Signal.SPECIAL_REQUESTS, "special"), 2))
            .pipeline("renewals", new PipelineRules(Bands.DEFAULT, new ExpiryRule(30, ExpiryAction.CLOSE), Map.of()))
            .build();

    private static String render(String language, CrmCapabilities crm, Policy policy, DealSnapshot deal,
                                 PreviousDecision previous, TeamMedians medians) {
        Assessment a = new DealAssessor(policy, Fixtures.CLOCK).assess(deal, Fixtures.NOW, previous, medians);
        DealPlan plan = new Planner(policy).plan(deal, a);
        Renderer renderer = new QuteRenderer(Templates.engine(), new Wording(language), CONFIGURED, crm);
        StringBuilder out = new StringBuilder();
        if (plan.note() != null) {
            out.append("=== note\n").append(renderer.note(plan.note(), deal)).append("\n");
        }
        for (TaskPlan task : plan.tasks()) {
            Renderer.TaskText text = renderer.task(task, a, deal);
            out.append("=== task ").append(task.kind()).append(" due ").append(task.due()).append(", priority ")
                    .append(task.priority()).append(", owner ").append(task.ownerId()).append("\n")
                    .append("subject: ").append(text.subject()).append("\n").append(text.body()).append("\n");
        }
        return out.toString();
    }

    private static String render(String language, CrmCapabilities crm, DealSnapshot deal) {
        return render(language, crm, POLICY, deal, null, TeamMedians.none());
    }

    private static DealBuilder named(String name) {
        return deal().id("D-1").name(name).property("df_problem_evidence", "Dispatchers re-key 300 orders a day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void expiredDeal_parkedWithNoteExitDraftAndReengageTask(String language) throws Exception {
        DealSnapshot deal = named("Nordwind Logistik").score(80).noActivities().createdOn(TODAY.minusDays(90))
                .logged(ActivityType.MEETING, TODAY.minusDays(40)).shownStatus(Status.ACTIVE).build();
        Golden.assertMatches(language + "/expired.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void persistentSignals_parked(String language) throws Exception {
        DealSnapshot deal = named("Zenith Airlines").score(80).property("price", "true").property("special", "true")
                .shownStatus(Status.ACTIVE).logged(ActivityType.CALL, TODAY.minusDays(3)).build();
        Golden.assertMatches(language + "/signals.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void lowValuePerHour_parkedWithConfiguredTrigger(String language) throws Exception {
        DealSnapshot deal = named("Ridge Municipal").score(90).property("df_budget_evidence", "approved up to 25,000 EUR").probability("0.4").property("margin", "1500")
                .property("hours", "120").shownStatus(Status.ACTIVE).logged(ActivityType.EMAIL, TODAY.minusDays(6)).build();
        TeamMedians medians = TeamMedians.of(List.of(sample("P-1", "500"), sample("P-2", "620"), sample("P-3", "700")), 3);
        Golden.assertMatches(language + "/low-value.txt", render(language, PLAIN, POLICY, deal, null, medians));
    }

    private static ValueSample sample(String id, String perHour) {
        return new ValueSample(id, "team:T-1", "EUR", new BigDecimal(perHour), Status.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void bandNurtureWithConsent_noteAndNurtureTask(String language) throws Exception {
        DealSnapshot deal = named("Maple Accounting").score(65).shownStatus(Status.ACTIVE)
                .logged(ActivityType.CALL, TODAY.minusDays(2)).build();
        Golden.assertMatches(language + "/nurture.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void bandParkedWithMissingAnswersAndOptedOutContact_callInsteadOfEmail(String language) throws Exception {
        DealSnapshot deal = named("Velvet Fashion").points(10, 10, 0, 5, 0)
                .unknown(dev.dealfocus.core.scoring.Dimension.FIT).pipeline("partners")
                .contacts(new Contact("C-1", "CHAMPION", Consent.OPTED_IN), new Contact("C-2", null, Consent.OPTED_OUT))
                .logged(ActivityType.MEETING, TODAY.minusDays(9)).build();
        Golden.assertMatches(language + "/band-opted-out.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void expiredRenewalWithoutAutoClose_closeRecommended(String language) throws Exception {
        DealSnapshot deal = named("Acme Corp renewal").score(80).pipeline("renewals").noActivities()
                .createdOn(TODAY.minusDays(200)).logged(ActivityType.EMAIL, TODAY.minusDays(40)).shownStatus(Status.ACTIVE).build();
        Golden.assertMatches(language + "/close-recommended.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void parkedDealPastItsReengageDateWithAutoClose_closed(String language) throws Exception {
        DealSnapshot deal = named("Willow Care Homes").score(40).shownStatus(Status.PARKED).build();
        PreviousDecision previous = Previous.withReengageOn(Previous.of(deal, Status.PARKED, TODAY.minusDays(92)),
                TODAY.minusDays(2));
        Policy autoClose = new PolicyBuilder().autoClose(true).build();
        Golden.assertMatches(language + "/closed.txt", render(language, PLAIN, autoClose, deal, previous, TeamMedians.none()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void youngDealWithFewAnswers_qualifyTaskAndNoNote(String language) throws Exception {
        DealSnapshot deal = named("Aurora Biotech").points(10, 0, 0, 5, 0).unknown(dev.dealfocus.core.scoring.Dimension.FIT)
                .createdOn(TODAY.minusDays(3)).noActivities().build();
        Golden.assertMatches(language + "/qualify.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void activeWithoutNextStep_noteAndScheduleTask(String language) throws Exception {
        DealSnapshot deal = named("Polaris Retail").score(90).noActivities().logged(ActivityType.MEETING, TODAY.minusDays(12))
                .build();
        Golden.assertMatches(language + "/active-no-next-step.txt", render(language, PLAIN, deal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void hubspotHtml_escapesEverythingTheRepOrProspectTyped(String language) throws Exception {
        DealSnapshot deal = deal().id("X").score(80).noActivities().createdOn(TODAY.minusDays(90))
                .property("df_problem_evidence", "Invoices <script>alert('x')</script> & \"urgent\" fixes")
                .shownStatus(Status.ACTIVE).build();
        DealSnapshot named = new DealSnapshot(deal.id(), "Müller & Söhne <GmbH>", deal.pipeline(), deal.stage(),
                deal.ownerId(), deal.teamId(), deal.createdAt(), deal.amount(), deal.probability(),
                deal.closeDate(), 0, deal.properties(), deal.contacts(), deal.activities(), deal.dealFocus());
        Golden.assertMatches(language + "/html-escaped.html", render(language, HTML, named));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyReasonCode_readsAsOneSentence(String language) throws Exception {
        Wording wording = new Wording(language);
        List<Reason> reasons = List.of(
                new Reason(ReasonCode.EXPIRED, "", Map.of("since", "2026-03-14", "days", "30", "expiredAfter", "2026-04-13")),
                new Reason(ReasonCode.SIGNALS, "", Map.of("signals", "NO_TIMELINE,PRICE_PRESSURE,UNANSWERED_OUTREACH")),
                new Reason(ReasonCode.LOW_VALUE_PER_HOUR, "", Map.of("perHour", "124.99", "median", "1250.00",
                        "currency", "EUR", "factor", "0.5")),
                new Reason(ReasonCode.BAND, "", Map.of("score", "54", "threshold", "55", "next", "NURTURE")),
                new Reason(ReasonCode.NO_NEW_EVENT, "", Map.of("status", "PARKED", "since", "2026-09-01")),
                new Reason(ReasonCode.NO_NEW_EVENT, "", Map.of("status", "CLOSED", "since", "2026-09-01", "reengageOn", "2026-11-30")),
                new Reason(ReasonCode.QUALIFYING, "", Map.of("until", "2026-12-12")),
                new Reason(ReasonCode.HUMAN_EDIT, "", Map.of("status", "ACTIVE", "since", "2026-11-28", "rules", "PARKED")),
                new Reason(ReasonCode.HUMAN_EDIT, "", Map.of("cleared", "true", "since", "2026-11-28", "rules", "PARKED")),
                new Reason(ReasonCode.INSUFFICIENT_DATA, "", Map.of("known", "2")),
                new Reason(ReasonCode.MISSING_PROBLEM, "", Map.of("dimension", "PROBLEM")),
                new Reason(ReasonCode.MISSING_DECISION_MAKER, "", Map.of("dimension", "DECISION_MAKER")),
                new Reason(ReasonCode.MISSING_TIMELINE, "", Map.of("dimension", "TIMELINE")),
                new Reason(ReasonCode.MISSING_BUDGET, "", Map.of("dimension", "BUDGET")),
                new Reason(ReasonCode.MISSING_FIT, "", Map.of("dimension", "FIT")),
                new Reason(ReasonCode.CLOSE_RECOMMENDED, "", Map.of("reengageOn", "2026-11-30")),
                new Reason(ReasonCode.CLOSE_RECOMMENDED, "", Map.of("expired", "true")));
        String text = reasons.stream().map(r -> r.code() + ": " + wording.reason(r)).collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches(language + "/reasons.txt", text);
    }
}
