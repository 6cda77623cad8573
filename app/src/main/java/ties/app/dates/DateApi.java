package ties.app.dates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.app.web.Problems.FieldError;
import ties.app.web.ProblemType;
import ties.app.web.StoreFree;
import ties.fact.DateRefused;
import ties.fact.PartialDate;
import ties.fact.PartialDate.Tense;
import ties.fact.Rejection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a date phrase resolves, without storing anything: editors and user interfaces preview what a
 * phrase will mean before they send a fact. It needs no read model and no event store, so it lives in
 * the application and answers on every node, whichever side it runs (any signed-in user: the
 * {@code /api/**} read rule of AccessRules).
 */
@RestController
@RequestMapping("/api/dates")
@Tag(name = "Dates", description = "Date phrases as reports word them, resolved against the report's day")
public class DateApi {

    /** The resolution of a phrase: what the report's day and the tense made of it, in the shape events store it. */
    public record DateResolution(String phrase, LocalDate reported, Tense tense, PartialDate resolved) {
    }

    @GetMapping
    @StoreFree
    @Operation(summary = "How a date phrase resolves against a report's day, for something done, under way or planned",
            description = """
                    Answers the interval [earliest, latest] the phrase stands for, its precision, for spans the start \
                    and end bounds, its EDTF form, and for an ambiguous phrase the reading taken. Nothing is stored. \
                    A phrase Ties does not understand, a day that does not exist, or a date the tense forbids (something \
                    done after its report; "next month" for anything but a plan) is answered 400 with the reason \
                    (`reason`: NOT_UNDERSTOOD, DOES_NOT_EXIST, AFTER_REPORT, ENDS_AFTER_REPORT, ONLY_FOR_PLANS, \
                    NEEDS_START) and the accepted forms (`acceptedForms`).""",
            responses = @ApiResponse(responseCode = "200", description = "the phrase resolved", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                    @ExampleObject(name = "weekday", summary = "\"Tuesday\" in a Wednesday report", value = """
                            {"phrase":"Tuesday","reported":"2019-03-13","tense":"DONE","resolved":{"text":"Tuesday",\
                            "precision":"DAY","earliest":"2019-03-12","latest":"2019-03-12","edtf":"2019-03-12",\
                            "reading":"\\"Tuesday\\" read as Tuesday 2019-03-12, the latest Tuesday on or before the report \
                            (a plan would take the coming one)"}}"""),
                    @ExampleObject(name = "span", summary = "an exercise from 6 to 10 March", value = """
                            {"phrase":"6-10 March 2019","reported":"2019-03-13","tense":"DONE","resolved":\
                            {"text":"6-10 March 2019","precision":"DAY","earliest":"2019-03-06","latest":"2019-03-10",\
                            "start":{"precision":"DAY","earliest":"2019-03-06","latest":"2019-03-06"},\
                            "end":{"precision":"DAY","earliest":"2019-03-10","latest":"2019-03-10"},\
                            "edtf":"2019-03-06/2019-03-10"}}"""),
                    @ExampleObject(name = "plan", summary = "a plan \"in the near future\": open-ended", value = """
                            {"phrase":"in the near future","reported":"2019-03-13","tense":"PLANNED","resolved":\
                            {"text":"in the near future","precision":"OPEN","earliest":"2019-03-13","latest":null,\
                            "edtf":"2019-03-13/..","reading":"read as any day from the report on, with no end"}}""")}))
    )
    public DateResolution resolve(
            @Parameter(description = "the phrase as the report words it (at most 100 characters)", required = true,
                    examples = {
                            @ExampleObject(name = "weekday", value = "Tuesday"),
                            @ExampleObject(name = "relative month", value = "November last year"),
                            @ExampleObject(name = "part of a year", value = "mid-2017"),
                            @ExampleObject(name = "quarter", value = "Q3 2017"),
                            @ExampleObject(name = "span", value = "6-10 March 2019"),
                            @ExampleObject(name = "open span", value = "since 2016"),
                            @ExampleObject(name = "duration", value = "a four-day visit from Tuesday"),
                            @ExampleObject(name = "plan", value = "in the near future")})
            @RequestParam String phrase,
            @Parameter(description = "the day the report was published (ISO 8601); today (UTC) when left out",
                    example = "2019-03-13")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reported,
            @Parameter(description = "DONE: reported as happened (nothing after the report); ONGOING: under way at the "
                    + "report (begun by it, may end later); PLANNED: announced, scheduled or targeted (may lie ahead)")
            @RequestParam(defaultValue = "DONE") Tense tense) {
        LocalDate reportDay = reported == null ? LocalDate.now(Clock.systemUTC()) : reported;
        PartialDate date;
        try {
            date = PartialDate.of(phrase);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("phrase", e.getMessage());
        }
        return new DateResolution(date.text(), reportDay, tense, date.resolveAgainst(reportDay, tense));
    }

    /** A refused phrase: invalid input naming the phrase, with the reason as a code and the forms Ties accepts. */
    @ExceptionHandler(DateRefused.class)
    ResponseEntity<ProblemDetail> refused(DateRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ProblemType.INVALID_INPUT.status()),
                refused.getMessage());
        problem.setType(ProblemType.INVALID_INPUT.uri());
        problem.setTitle(ProblemType.INVALID_INPUT.title());
        problem.setProperties(Map.of(
                "errors", List.of(new FieldError("phrase", refused.getMessage())),
                "reason", refused.reason().name(),
                "acceptedForms", DateRefused.ACCEPTED_FORMS));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
