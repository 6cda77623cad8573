package ties.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** JSON binding errors in words an editor can act on, with the path of the offending field. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The dotted path of a binding error inside the bound object ("visit.hostIds[1]"). */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A binding error in words an editor can act on. */
    public static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; known fields: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not one of " + List.of(format.getTargetType().getEnumConstants());
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof IllegalArgumentException) {
            return firstLine(Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getOriginalMessage()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + friendly(mismatch.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    public static String friendly(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == Integer.class || Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date as \"YYYY-MM-DD\"";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName() + " (e.g. 2025-01-15T09:00:00Z)";
        }
        if (type.isRecord()) {
            return "an object (" + type.getSimpleName() + ")";
        }
        return "a value of type " + type.getSimpleName();
    }

    public static String firstLine(String message) {
        String line = Objects.requireNonNullElse(message, "").lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
