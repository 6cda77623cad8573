package ties.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import ties.fact.CountryCode;
import ties.fact.Language;
import ties.fact.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
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
        return "not a value this field takes";
    }

    /** What a value of {@code type} looks like, in the API's words (never a Java type name). */
    public static String friendly(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Long.class || type == Integer.class || Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD (e.g. 2025-01-15)";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an instant as YYYY-MM-DDThh:mm:ssZ (e.g. 2025-01-15T09:00:00Z)";
        }
        if (type == CountryCode.class) {
            return "a country code (ISO 3166-1 alpha-2, e.g. IR, PK)";
        }
        if (type == Language.class) {
            return "a language code (ISO 639-1, e.g. en, fa, ur)";
        }
        if (type == PartialDate.class) {
            return "a date as the report words it (e.g. \"2025-01-13\", \"July 2018\", \"last year\")";
        }
        return "an object with the fields the API description lists";
    }

    /**
     * A value refused by a value object ({@code CountryCode}, {@code PartialDate}...) names the rule in the
     * domain's words; any other failure to read a value (a java.time parser, a number format) says only
     * what the value should look like.
     */
    public static String refusal(Object value, Class<?> type, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("ties.")) {
                return firstLine(t.getMessage());
            }
        }
        return "'" + shown(value) + "' is not " + (type == null ? "a valid value" : friendly(type));
    }

    /** A request value as the client wrote it (a repeated parameter arrives as an array). */
    public static String shown(Object value) {
        if (value instanceof Object[] values) {
            return String.join(",", Arrays.stream(values).map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    public static String firstLine(String message) {
        String line = Objects.requireNonNullElse(message, "").lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
