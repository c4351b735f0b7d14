package dev.dealfocus.ops;

import dev.dealfocus.config.DealFocusConfig;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.eaters.Quarter;
import dev.dealfocus.core.eaters.TimeEaterReport;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.Intent;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.port.WriteIntents;
import dev.dealfocus.core.sync.OwnerTaskSource;
import dev.dealfocus.render.QuteRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quarterly time-eater list as a task for each team's lead ({@code dealfocus.time-eaters.leads.<team>}, the
 * CRM owner id; the team key as the runs use it): the previous quarter's list, written by the first run that
 * applies in the first seven days of a quarter, once per team and quarter (its key), due the day it is
 * written. Change-event runs leave it to the next scan, since the list reads the effort from the CRM (once;
 * the quarter's effort is stored).
 */
@ApplicationScoped
public class TimeEaterTasks implements OwnerTaskSource {
    /** Days at the start of a quarter in which the list of the quarter before is written. */
    static final int FIRST_WEEK = 7;

    private final TimeEaterReports reports;
    private final WriteIntents intents;
    private final QuteRenderer renderer;
    private final Policy policy;
    private final Map<String, String> leads;
    private final String publicUrl;

    public TimeEaterTasks(TimeEaterReports reports, WriteIntents intents, QuteRenderer renderer, Policy policy, DealFocusConfig config) {
        this.reports = reports;
        this.intents = intents;
        this.renderer = renderer;
        this.policy = policy;
        this.leads = new TreeMap<>(config.timeEaters().leads());
        this.publicUrl = dev.dealfocus.config.PublicUrl.of(config);
    }

    @Override
    public List<Intent> owed(LocalDate today, dev.dealfocus.core.port.Trigger trigger, boolean eventRun, boolean confirmed, String runId, dev.dealfocus.core.port.ApiCalls calls) {
        if (leads.isEmpty() || eventRun || policy.recommendOnly()) {
            return List.of();
        }
        Quarter current = Quarter.containing(today, reports.fiscalYearStart());
        if (!today.isBefore(current.first().plusDays(FIRST_WEEK))) {
            return List.of();
        }
        Quarter previous = current.previous();
        Map<String, String> keys = new LinkedHashMap<>();
        leads.forEach((team, lead) -> keys.put(team, Keys.of("time-eater-task", team, lead, previous.toString())));
        Map<String, Intent.State> states = intents.states(keys.values());
        List<Intent> out = new ArrayList<>();
        for (Map.Entry<String, String> lead : leads.entrySet()) {
            Intent.State state = states.get(keys.get(lead.getKey()));
            if (!Intent.stillOwed(state)) {
                continue; // written, being sent, or refused: once per team and quarter
            }
            TimeEaterReport report;
            try {
                report = reports.build(previous, null, lead.getKey(), calls);
            } catch (TimeEaterReports.Unsupported e) {
                return List.of(); // the GET says why; the run goes on
            }
            Renderer.TaskText text = renderer.timeEaterTask(report, lead.getKey(), publicUrl + "/api/reports/time-eaters?quarter="
                    + previous + "&team=" + URLEncoder.encode(lead.getKey(), StandardCharsets.UTF_8));
            CrmWrite.OwnerTask task = new CrmWrite.OwnerTask(keys.get(lead.getKey()), WrittenKind.TIME_EATER_TASK, lead.getValue(),
                    today, text.subject(), text.body());
            out.add(Intent.planned(task, null, null, null, null, null, runId));
        }
        return out;
    }
}
