package ties.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ties.command.web.JsonErrors;
import ties.fact.Rejection;
import ties.query.web.NotCaughtUp;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Turns every refusal into RFC 9457 {@code application/problem+json} with a stable type, a message
 * for humans and, for invalid input, the offending fields. The catalogue of types is {@link ProblemType}.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    /** One offending input field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /**
     * Refusals from the command and query sides, directly or wrapped by Axon (a handler's exception
     * arrives as the cause of a {@link CommandExecutionException}).
     */
    @ExceptionHandler({Rejection.class, JSR303ViolationException.class, AggregateNotFoundException.class,
            ConflictingModificationException.class, ConcurrencyException.class, CommandExecutionException.class,
            QueryExecutionException.class, CompletionException.class})
    ResponseEntity<Object> refused(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Rejection rejection) {
                return rejected(rejection);
            }
            if (t instanceof JSR303ViolationException violation) {
                return invalid(violation);
            }
            if (t instanceof AggregateNotFoundException notFound) {
                return problem(ProblemType.UNKNOWN_RECORD, "no record '" + notFound.getAggregateIdentifier() + "' exists", List.of());
            }
            if (t instanceof ConflictingModificationException || t instanceof ConcurrencyException) {
                return problem(ProblemType.CONFLICT, "another change to this record was saved at the same moment; "
                        + "reload it and try again", List.of());
            }
        }
        return unexpected(e);
    }

    private ResponseEntity<Object> rejected(Rejection rejection) {
        ProblemType type = switch (rejection.kind()) {
            case INVALID -> ProblemType.INVALID_INPUT;
            case UNKNOWN_RECORD -> ProblemType.UNKNOWN_RECORD;
            case CONFLICT -> ProblemType.CONFLICT;
            case ILLEGAL_TRANSITION -> ProblemType.ILLEGAL_TRANSITION;
        };
        List<FieldError> errors = rejection.field() == null ? List.of()
                : List.of(new FieldError(rejection.field(), rejection.getMessage()));
        return problem(type, rejection.getMessage(), errors);
    }

    private ResponseEntity<Object> invalid(JSR303ViolationException e) {
        List<FieldError> errors = e.getViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        String summary = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return problem(ProblemType.INVALID_INPUT, summary, errors);
    }

    @ExceptionHandler(NotCaughtUp.class)
    ResponseEntity<Object> notCaughtUp(NotCaughtUp e) {
        return retryLater(ProblemType.NOT_CAUGHT_UP, e.getMessage(), e.retryAfterSeconds());
    }

    private ResponseEntity<Object> retryLater(ProblemType type, String detail, long retryAfterSeconds) {
        ResponseEntity<Object> problem = problem(type, detail, List.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)).body(problem.getBody());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return problem(ProblemType.TOO_LARGE, e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (StoreOutage.causes(e)) {
            log.warn("Request refused: the database cannot be reached ({})", StoreOutage.describe(e));
            return retryLater(ProblemType.STORE_UNAVAILABLE, "the database cannot be reached at the moment; "
                    + "retry shortly", StoreOutage.RETRY_AFTER_SECONDS);
        }
        log.error("Unexpected failure answering a request", e);
        return problem(ProblemType.INTERNAL, "Ties could not complete the request; the error is logged", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonErrors.path(mapping);
            return problem(ProblemType.INVALID_INPUT, field + ": " + JsonErrors.describe(mapping),
                    List.of(new FieldError(field, JsonErrors.describe(mapping))));
        }
        String message = cause == e || cause == null ? "the request body is missing or is not JSON"
                : "the request body is not valid JSON: " + JsonErrors.firstLine(cause.getMessage());
        return problem(ProblemType.MALFORMED, message, List.of());
    }

    /** A query or path parameter outside its rules (Bean Validation constraints on the handler's parameters). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        Objects.requireNonNullElse(result.getMethodParameter().getParameterName(), "parameter"),
                        "'" + JsonErrors.shown(result.getArgument()) + "' " + error.getDefaultMessage())))
                .toList();
        return problem(ProblemType.INVALID_INPUT, errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")), errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String message = JsonErrors.refusal(e.getValue(), e.getRequiredType(), e.getCause());
        return problem(ProblemType.INVALID_INPUT, field + ": " + message, List.of(new FieldError(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail) {
            if (detail.getType().equals(URI.create("about:blank"))) {
                detail.setType(ProblemType.forStatus(statusCode.value()).uri());
            }
            // A problem is problem+json whatever the request's Accept header says (even an unreadable one).
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(response.getHeaders());
            problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
            return ResponseEntity.status(response.getStatusCode()).headers(problemHeaders).body(detail);
        }
        return response;
    }

    static ResponseEntity<Object> problem(ProblemType type, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperties(Map.of("errors", errors));
        }
        return ResponseEntity.status(type.status()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
