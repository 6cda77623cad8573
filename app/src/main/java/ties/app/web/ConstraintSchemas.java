package ties.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.stereotype.Component;
import ties.fact.CountryCode;
import ties.fact.Language;
import ties.fact.Name;
import ties.fact.Prose;
import ties.fact.Published;
import ties.fact.SingleLine;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Derives the schema of a field from the rules that Ties itself enforces, so that the API description
 * cannot drift from them: the domain's own constraints ({@link SingleLine}, {@link Prose}, {@link Name},
 * {@link Published}, and constraints composed of them such as {@code Reason}), which springdoc does not
 * know, and the value objects {@link CountryCode} and {@link Language}, whose valid codes come from the
 * same ISO lists their constructors check against. Standard Bean Validation (NotNull, Size, Pattern...)
 * springdoc reads itself.
 */
@Component
public class ConstraintSchemas implements ModelConverter {

    static final String COUNTRY_CODE = "CountryCode";
    static final String LANGUAGE = "Language";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = rawClass(type);
        if (raw == CountryCode.class) {
            return valueObject(context, COUNTRY_CODE, countryCodes(), "IR",
                    "A country by its ISO 3166-1 alpha-2 code, upper case (\"IR\" Iran, \"PK\" Pakistan)");
        }
        if (raw == Language.class) {
            return valueObject(context, LANGUAGE, languageCodes(), "en",
                    "A language by its ISO 639-1 code, lower case (\"en\" English, \"fa\" Persian, \"ur\" Urdu)");
        }
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        // A body type comes back as a reference to the model springdoc has just defined: the rules go on the model.
        Schema model = schema == null || schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && raw != null && omitsNulls(raw.getAnnotation(JsonInclude.class))) {
            model.addExtension(SchemaRules.OMITS_NULLS, true);
        }
        if (model != null && raw != null && raw.isRecord() && model.getProperties() != null) {
            requireComposed(raw, model);
        }
        if (schema == null || type.getCtxAnnotations() == null) {
            return schema;
        }
        if (raw != null && raw.isPrimitive()) {
            require(type);
        }
        for (Annotation annotation : constraints(type.getCtxAnnotations())) {
            if (annotation instanceof SingleLine line) {
                text(schema, line.max(), "one line, visible text");
            } else if (annotation instanceof Prose prose) {
                text(schema, prose.max(), "visible text; line breaks and tabs allowed");
            } else if (annotation instanceof Name) {
                text(schema, ((Name) annotation).max(), "one line, with at least one letter");
            } else if (annotation instanceof Published) {
                note(schema, "not in the future (at the latest today in UTC+14)");
            } else if (annotation instanceof NotBlank) {
                schema.setMinLength(Math.max(1, schema.getMinLength() == null ? 0 : schema.getMinLength()));
                require(type);
            } else if (annotation instanceof JsonInclude include && omitsNulls(include)) {
                schema.addExtension(SchemaRules.OMITS_NULLS, true);
            } else if (annotation instanceof NotEmpty && "array".equals(schema.getType())) {
                schema.setMinItems(Math.max(1, schema.getMinItems() == null ? 0 : schema.getMinItems()));
            }
        }
        return schema;
    }

    /** A record field under a composed constraint that includes NotBlank or NotNull (such as {@code Reason}) is required. */
    @SuppressWarnings("rawtypes")
    private static void requireComposed(Class<?> record, Schema schema) {
        for (RecordComponent component : record.getRecordComponents()) {
            boolean required = constraints(component.getAnnotations()).stream()
                    .anyMatch(a -> a instanceof NotBlank || a instanceof jakarta.validation.constraints.NotNull);
            if (required && schema.getProperties().containsKey(component.getName())
                    && (schema.getRequired() == null || !schema.getRequired().contains(component.getName()))) {
                schema.addRequiredItem(component.getName());
            }
        }
    }

    private static boolean omitsNulls(JsonInclude include) {
        return include != null && include.value() != JsonInclude.Include.ALWAYS && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    /** A field's constraints, with those a composed constraint (such as {@code Reason}) stands for. */
    private static List<Annotation> constraints(Annotation[] annotations) {
        List<Annotation> all = new ArrayList<>();
        for (Annotation annotation : annotations) {
            all.add(annotation);
            if (annotation.annotationType().getName().startsWith("ties.")) {
                Arrays.stream(annotation.annotationType().getAnnotations())
                        .filter(meta -> meta.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class))
                        .forEach(all::add);
            }
        }
        return all;
    }

    @SuppressWarnings("rawtypes")
    private static void text(Schema schema, int max, String rule) {
        if ("string".equals(schema.getType())) {
            schema.setMaxLength(schema.getMaxLength() == null ? max : Math.min(max, schema.getMaxLength()));
            note(schema, "at most " + max + " characters; " + rule);
        }
    }

    /** Adds a rule to a field's description, once. */
    @SuppressWarnings("rawtypes")
    static void note(Schema schema, String rule) {
        String description = schema.getDescription();
        if (description == null || description.isBlank()) {
            schema.setDescription(capitalised(rule) + ".");
        } else if (!description.contains(rule)) {
            schema.setDescription(description.strip() + (description.strip().endsWith(".") ? " " : ". ")
                    + capitalised(rule) + ".");
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A composed constraint that includes NotBlank makes its field required, as NotBlank itself does; a primitive is never absent. */
    @SuppressWarnings("rawtypes")
    private static void require(AnnotatedType type) {
        Schema parent = type.getParent();
        if (parent != null && type.getPropertyName() != null
                && (parent.getRequired() == null || !parent.getRequired().contains(type.getPropertyName()))) {
            parent.addRequiredItem(type.getPropertyName());
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema valueObject(ModelConverterContext context, String name, List<String> codes, String example,
                                      String description) {
        if (!context.getDefinedModels().containsKey(name)) {
            context.defineModel(name, new StringSchema()._enum(codes).example(example).description(description));
        }
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    static List<String> countryCodes() {
        return Stream.of(Locale.getISOCountries()).sorted().toList();
    }

    /** ISO 639-1 codes as {@link Language} accepts them: current two-letter codes, not the withdrawn ones. */
    static List<String> languageCodes() {
        return Stream.of(Locale.getISOLanguages()).filter(code -> {
            try {
                Language.of(code);
                return true;
            } catch (IllegalArgumentException withdrawn) {
                return false;
            }
        }).sorted().toList();
    }

    private static Class<?> rawClass(AnnotatedType type) {
        if (type.getType() instanceof Class<?> c) {
            return c;
        }
        if (type.getType() instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        return type.getType() == null ? null : TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
    }
}
