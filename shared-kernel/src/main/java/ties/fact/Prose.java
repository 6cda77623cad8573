package ties.fact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Longer text such as a quote or a summary: at most {@link #max()} characters; line breaks and tabs
 * are allowed, other control characters are not. Null is valid.
 */
@Documented
@Constraint(validatedBy = TextValidator.ProseValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Prose {
    int max() default 20_000;

    String message() default "must be text of at most {max} characters: visible text, no control characters other than line breaks and tabs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
