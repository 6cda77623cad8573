package ties.app.web;

import java.net.URI;
import java.util.Arrays;

/**
 * The catalogue of problems the API answers with. Types are stable URNs: clients may switch on them.
 */
public enum ProblemType {
    MALFORMED(400, "Malformed request", "the body is not JSON, or not the JSON this endpoint takes"),
    INVALID_INPUT(400, "Invalid input", "a field breaks a rule; 'errors' lists each field and what to fix"),
    UNAUTHENTICATED(401, "Authentication required", "sign in or send a bearer token"),
    FORBIDDEN(403, "Forbidden", "your role does not allow this"),
    UNKNOWN_RECORD(404, "Unknown record", "the record, or a record the input refers to, does not exist"),
    NOT_FOUND(404, "Not found", "no such endpoint"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "the endpoint does not take this HTTP method"),
    NOT_ACCEPTABLE(406, "Not acceptable", "the endpoint cannot answer in the media type asked for"),
    CONFLICT(409, "Conflict", "the input contradicts what is recorded: a different record under the same id, "
            + "a stale If-Match version, or a withdrawn record"),
    ILLEGAL_TRANSITION(409, "Illegal status transition", "the initiative or engagement cannot move to that status from where it is"),
    TOO_LARGE(413, "Payload too large", "the body exceeds the size limit named in the detail"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "send application/json"),
    NOT_CAUGHT_UP(503, "Read model not caught up", "the read model has not reached the position asked for yet; "
            + "retry after the seconds in Retry-After"),
    STORE_UNAVAILABLE(503, "Store unavailable", "the database cannot be reached at the moment; nothing was recorded "
            + "by a refused command; retry after the seconds in Retry-After"),
    INTERNAL(500, "Internal error", "Ties failed; the error is logged with the request's correlation id");

    private final int status;
    private final String title;
    private final String meaning;

    ProblemType(int status, String title, String meaning) {
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    public URI uri() {
        return URI.create("urn:ties:problem:" + name().toLowerCase().replace('_', '-'));
    }

    static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status && t != INVALID_INPUT && t != UNKNOWN_RECORD
                        && t != ILLEGAL_TRANSITION)
                .findFirst().orElse(status >= 500 ? INTERNAL : MALFORMED);
    }
}
