package ties.ui.record;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import ties.fact.Rejection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why the command side refused what a form sent, placed on the form's fields: a rule's refusal names
 * its field as a path into the command ("visit.occurred", "initiative.provenance.sources[0].published"),
 * which becomes the form field ("occurred", "source.published"); what names no field of the form is
 * said above it.
 *
 * @param fields  refusals per form field
 * @param general refusals about no one field
 * @param stale   the record changed since the page was opened (a stale expected version)
 */
public record Refusal(Map<String, String> fields, List<String> general, boolean stale) {

    /** The refusal a failed send stands for, or empty when the failure is not a refusal (a fault: rethrown). */
    static Optional<Refusal> of(RuntimeException failure, Collection<String> formFields,
                                          boolean expectedVersionSent, String prefix) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Rejection rejection) {
                boolean stale = expectedVersionSent && rejection.kind() == Rejection.Kind.CONFLICT;
                Refusal refusal = new Refusal(new LinkedHashMap<>(), new ArrayList<>(), stale);
                refusal.place(rejection.field(), rejection.getMessage(), formFields, prefix);
                return Optional.of(refusal);
            }
            if (t instanceof JSR303ViolationException violations) {
                Refusal refusal = new Refusal(new LinkedHashMap<>(), new ArrayList<>(), false);
                violations.getViolations().forEach(v -> refusal.place(v.getPropertyPath().toString(), said(v),
                        formFields, prefix));
                return Optional.of(refusal);
            }
            if (t instanceof ConflictingModificationException || t instanceof ConcurrencyException) {
                return Optional.of(new Refusal(new LinkedHashMap<>(), new ArrayList<>(List.of("this record was changed by someone "
                        + "else since you opened the page")), true));
            }
        }
        return Optional.empty();
    }

    /** A missing value in the words of the person filling in the form, not the validator's ("must not be null"). */
    static String said(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class
                ? "is required" : violation.getMessage();
    }

    /** Notes a refusal of the form's own reading of a value (not of its type). */
    static Refusal ofInput(Map<String, String> errors) {
        return new Refusal(new LinkedHashMap<>(errors), new ArrayList<>(), false);
    }

    private void place(String path, String message, Collection<String> formFields, String prefix) {
        String row = row(path, prefix);
        String field = row != null && formFields.contains(row) ? row : field(path, prefix);
        if (field != null && formFields.contains(field)) {
            fields.merge(field, message, (a, b) -> a + "; " + b);
        } else {
            general.add(path == null ? message : path + ": " + message);
        }
    }

    /** The form field of one row of a list the form shows a row each ("engagement.participants[1].role" → "participants[1].role"). */
    private static String row(String path, String prefix) {
        return path == null ? null : prefix + path.replaceAll("\\.?<[^>]+>", "").replaceFirst("^[^.\\[]*\\.", "");
    }

    /**
     * The form field a command path stands for: container nodes and the command's own first segment
     * dropped ("visit.visitorIds[0].<list element>" → "visitorIds"), the record's id → "id", the
     * first source → "source.*", a meeting's fields under the meeting's prefix ("meetings[1].").
     */
    static String field(String path, String prefix) {
        if (path == null) {
            return null;
        }
        String clean = path.replaceAll("\\.?<[^>]+>", "");
        int dot = clean.indexOf('.');
        if (dot < 0) {
            return clean.endsWith("Id") && !clean.endsWith("Ids") ? prefix + "id" : prefix + clean.replaceAll("\\[\\d+]$", "");
        }
        String rest = clean.substring(dot + 1);
        if (rest.startsWith("provenance.sources")) {
            String sub = rest.replaceFirst("^provenance\\.sources(\\[\\d+])?\\.?", "");
            return "source." + (sub.isEmpty() ? "publisher" : sub.replaceAll("\\[\\d+]$", ""));
        }
        if (rest.equals("provenance.confidence")) {
            return "confidence";
        }
        return prefix + rest.replaceAll("\\[\\d+]", "");
    }
}
