package ties.fact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Why a record is corrected or withdrawn: required, visible text of at most 2,000 characters. One rule for
 * the commands and for the request bodies that carry them, so that both (and the API description) agree.
 */
@Documented
@NotBlank
@Prose(max = 2000)
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Reason {
    String message() default "must say why, in at most 2000 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
