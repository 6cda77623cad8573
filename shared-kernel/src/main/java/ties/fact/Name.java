package ties.fact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The name of an actor or one of its aliases: a {@link SingleLine} that holds at least one letter, in any
 * script ("Mohammad Bagheri", "محمد باقری", "ISPR"); "0" or "--" names no one. Null is valid.
 */
@Documented
@Constraint(validatedBy = TextValidator.NameValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Name {
    int max() default 200;

    String message() default "must be a name of at most {max} characters on one line, with at least one letter";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
