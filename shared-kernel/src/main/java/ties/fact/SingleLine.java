package ties.fact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A short human-entered value such as a name or a title: at most {@link #max()} characters and no
 * control characters (they never belong in a name and can hide text from a reader). Null is valid;
 * combine with {@code @NotBlank} where the value is required.
 */
@Documented
@Constraint(validatedBy = TextValidator.SingleLineValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SingleLine {
    int max() default 200;

    String message() default "must be one line of at most {max} characters: visible text, no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
