package dev.dealfocus.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.JournalEntry;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.core.sync.RunRequest;
import dev.dealfocus.ops.RunService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Start runs and read their summaries and journals. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {
    private final RunService runs;
    private final RunJournal journal;
    private final ObjectMapper mapper;

    public RunResource(RunService runs, RunJournal journal, ObjectMapper mapper) {
        this.runs = runs;
        this.journal = journal;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start a run now", description = "dryRun=true plans without writing; confirm=true applies a plan "
            + "the safety cap would hold. Answers 200 with the run summary (a held plan says why), 409 while a run is under way.")
    public RunView start(@Parameter(description = "true: plan only") @QueryParam("dryRun") String dryRun,
                            @Parameter(description = "true: apply even over the safety cap") @QueryParam("confirm") String confirm,
                            @RequestBody(required = false, content = @Content(schema = @Schema(implementation = RunBody.class)))
                            String rawBody) throws JsonProcessingException {
        // The body is optional and read by hand, so a POST without one (or without a content type) works.
        // unknown fields are refused: a misspelt "dryrun" must not start a real run
        RunBody body = rawBody == null || rawBody.isBlank() ? null : mapper.readerFor(RunBody.class)
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(rawBody);
        boolean dry = flag("dryRun", dryRun, body == null ? null : body.dryRun());
        boolean confirmed = flag("confirm", confirm, body == null ? null : body.confirm());
        if (dry && confirmed) {
            throw new ProblemException(Response.Status.BAD_REQUEST,
                    "dryRun and confirm exclude each other: a confirmed run applies its plan.");
        }
        return RunView.of(runs.run(new RunRequest(Trigger.MANUAL, dry, confirmed)));
    }

    @GET
    @Operation(summary = "Recent runs, newest first")
    public List<RunView> list(@QueryParam("limit") String limit) {
        int n = 20;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 500) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "limit must be a whole number from 1 to 500, was " + limit);
            }
        }
        return journal.recent(n).stream().map(RunView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One run: summary counts and its planned or applied changes with before -> after and reasons")
    public RunDetail get(@PathParam("id") String id) {
        if (id.length() > 64) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A run id has at most 64 characters.");
        }
        RunSummary summary = journal.find(id).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND,
                "No run with id " + id + "."));
        List<JournalEntry> entries = journal.entries(id);
        List<RunDetail.Change> changes = new ArrayList<>();
        List<RunDetail.LeftAloneDeal> leftAlone = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e.leftAlone() != null) {
                leftAlone.add(new RunDetail.LeftAloneDeal(e.dealId(), e.dealName(), e.leftAlone(), e.detail()));
            } else if (!e.planned().isEmpty() || e.detail() != null) {
                Map<String, WriteResult> results = e.results().stream()
                        .collect(Collectors.toMap(WriteResult::key, Function.identity(), (a, b) -> b));
                List<WriteView> writes = e.planned().stream().map(w -> WriteView.of(w, results.get(w.key()))).toList();
                changes.add(new RunDetail.Change(e.dealId(), e.dealName(), e.before(), e.after(), e.score(), e.reasons(),
                        writes, e.detail()));
            }
        }
        List<WriteView> noDeal = journal.noDealWrites(id).stream().map(w -> WriteView.of(w.write(), w.result())).toList();
        return new RunDetail(RunView.of(summary), entries.size(), changes, leftAlone, noDeal);
    }

    static boolean flag(String name, String query, Boolean body) {
        if (query == null) {
            return Boolean.TRUE.equals(body);
        }
        return switch (query.trim().toLowerCase()) {
            case "true", "" -> true;
            case "false" -> false;
            default -> throw new ProblemException(Response.Status.BAD_REQUEST, name + " must be true or false, was " + query);
        };
    }
}
