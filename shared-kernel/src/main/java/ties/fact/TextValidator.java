package ties.fact;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks length in code points (what a reader counts) and rejects control and unpaired surrogate characters. */
public final class TextValidator {

    private TextValidator() {
    }

    static boolean acceptable(String value, int max, boolean allowLineBreaks) {
        if (value == null) {
            return true;
        }
        if (value.codePointCount(0, value.length()) > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return false;
                }
                i++;
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(allowLineBreaks && lineBreak)) {
                return false;
            }
        }
        return true;
    }

    public static final class SingleLineValidator implements ConstraintValidator<SingleLine, String> {
        private int max;

        @Override
        public void initialize(SingleLine annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return acceptable(value, max, false);
        }
    }

    public static final class ProseValidator implements ConstraintValidator<Prose, String> {
        private int max;

        @Override
        public void initialize(Prose annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return acceptable(value, max, true);
        }
    }
}
