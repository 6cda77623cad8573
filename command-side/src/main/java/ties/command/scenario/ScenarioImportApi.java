package ties.command.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.command.web.CommandSender;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/import}: imports a scenario (see {@code docs/scenario-format.md}), or with
 * {@code dryRun=true} only checks it. Answers 200 with the {@link ImportReport}; 400
 * {@code urn:ties:problem:invalid-input} listing every problem with its position when the scenario
 * does not validate (nothing is recorded); 413 {@code urn:ties:problem:too-large} over the step limit;
 * and, when a step is refused at execution, the problem of that refusal with the report of what was
 * applied before it.
 */
@RestController
@Tag(name = "Import", description = "Import a scenario: a batch of commands, validated as a whole, then applied in order")
public class ScenarioImportApi {

    public static final String PATH = "/api/import";

    /** Problem types, as catalogued by the app's {@code ProblemType}. */
    static final URI INVALID_INPUT = URI.create("urn:ties:problem:invalid-input");
    static final URI MALFORMED = URI.create("urn:ties:problem:malformed");
    static final URI TOO_LARGE = URI.create("urn:ties:problem:too-large");
    static final URI UNKNOWN_RECORD = URI.create("urn:ties:problem:unknown-record");
    static final URI CONFLICT = URI.create("urn:ties:problem:conflict");
    static final URI ILLEGAL_TRANSITION = URI.create("urn:ties:problem:illegal-transition");
    static final URI INTERNAL = URI.create("urn:ties:problem:internal");

    private final ScenarioImport scenarioImport;

    public ScenarioImportApi(ScenarioImport scenarioImport) {
        this.scenarioImport = scenarioImport;
    }

    @Operation(summary = "Import a scenario (or only validate it with dryRun=true)",
            description = "The whole batch is validated first; nothing is recorded unless every step is valid. "
                    + "Importing the same scenario again records nothing new.")
    @ApiResponse(responseCode = "200", description = "imported, or valid (dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "400", description = "invalid: 'errors' lists every problem with its position; nothing recorded",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "more steps than ties.limits.max-import-steps",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Object> importScenario(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "a scenario (docs/scenario-format.md): "
                    + "{scenario, title, description, defaultProvenance, steps: [{type, ...command fields}]}",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
            @RequestBody byte[] body,
            @Parameter(description = "only validate; record nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request) {
        String editor = dryRun ? null : CommandSender.editorOf(request);
        String requestId = CommandSender.requestIdOf(request);
        JsonNode scenario;
        try {
            scenario = scenarioImport.parse(body);
        } catch (ScenarioImport.MalformedScenarioException e) {
            return problem(HttpStatus.BAD_REQUEST, MALFORMED, "Malformed request", e.getMessage(), Map.of());
        }
        ImportReport report = dryRun ? scenarioImport.validate(scenario) : scenarioImport.run(scenario, editor, requestId);
        return switch (report.status()) {
            case VALID, IMPORTED -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case INVALID -> invalid(report);
            case FAILED -> failed(report);
        };
    }

    @ExceptionHandler(ScenarioTooLargeException.class)
    ResponseEntity<Object> tooLarge(ScenarioTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, "Payload too large", e.getMessage(),
                Map.of("limit", e.limit(), "steps", e.steps()));
    }

    private static ResponseEntity<Object> invalid(ImportReport report) {
        int count = report.problems().size();
        String detail = "the scenario" + (report.scenario() == null ? "" : " '" + report.scenario() + "'") + " has "
                + count + (count == 1 ? " problem" : " problems") + "; nothing was recorded. "
                + report.problems().get(0) + (count > 1 ? " (and " + (count - 1) + " more in 'errors')" : "");
        return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", detail,
                Map.of("errors", report.problems(), "totalSteps", report.totalSteps()));
    }

    private static ResponseEntity<Object> failed(ImportReport report) {
        ImportReport.Failure failure = report.failure();
        HttpStatus status;
        URI type;
        String title;
        switch (failure.kind()) {
            case "INVALID" -> { status = HttpStatus.BAD_REQUEST; type = INVALID_INPUT; title = "Invalid input"; }
            case "UNKNOWN_RECORD" -> { status = HttpStatus.NOT_FOUND; type = UNKNOWN_RECORD; title = "Unknown record"; }
            case "CONFLICT" -> { status = HttpStatus.CONFLICT; type = CONFLICT; title = "Conflict"; }
            case "ILLEGAL_TRANSITION" -> { status = HttpStatus.CONFLICT; type = ILLEGAL_TRANSITION; title = "Illegal status transition"; }
            default -> { status = HttpStatus.INTERNAL_SERVER_ERROR; type = INTERNAL; title = "Internal error"; }
        }
        int applied = report.stepsApplied();
        String before = applied == 0 ? "No step before it was applied"
                : applied == 1 ? "The 1 step before it was applied" : "The " + applied + " steps before it were applied";
        String detail = failure.position() + " (" + failure.step() + ") was refused: " + failure.message() + ". " + before
                + "; every step is idempotent, so fix the cause and import the same scenario again.";
        ImportProblem error = new ImportProblem(failure.position(), failure.step(), failure.field(), failure.message());
        return problem(status, type, title, detail, Map.of("errors", List.of(error), "report", report));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, String detail,
                                                  Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (!properties.isEmpty()) {
            problem.setProperties(properties);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
