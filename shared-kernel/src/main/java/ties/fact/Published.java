package ties.fact;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A publication day, which cannot lie in the future: at the latest today where the day starts first
 * (UTC+14), so that a report published today anywhere on Earth is accepted. A date in the future would
 * also move "the report's date" that every phrase of the fact is resolved against. Null is valid.
 */
@Documented
@Constraint(validatedBy = Published.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Published {

    /** The zone where a day starts first: a publication "today" there is not in the future. */
    ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    String message() default "a source cannot be published in the future (at the latest today, UTC+14)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Published, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(LocalDate.now(context.getClockProvider().getClock().withZone(EARLIEST_ZONE)));
        }
    }
}
