package ties.fact;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks length in code points (what a reader counts), refuses control characters, unpaired surrogates and
 * code points Unicode has not assigned, and requires something a reader can see: text made only of spaces
 * and invisible format characters (a zero-width space) is no text.
 */
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
        boolean visible = false;
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                return false;
            }
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean lineBreak = codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
            if (Character.isISOControl(codePoint) && !(allowLineBreaks && lineBreak)) {
                return false;
            }
            if (Character.getType(codePoint) == Character.UNASSIGNED) {
                return false;
            }
            visible |= isVisible(codePoint);
        }
        return visible;
    }

    /** A letter, digit, punctuation mark or symbol: not a space, a control or an invisible format character. */
    static boolean isVisible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && type != Character.FORMAT
                && type != Character.CONTROL && type != Character.UNASSIGNED;
    }

    /** A name names something: it has at least one letter ("0" or "--" is no name). */
    static boolean hasLetter(String value) {
        return value == null || value.codePoints().anyMatch(Character::isLetter);
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

    public static final class NameValidator implements ConstraintValidator<Name, String> {
        private int max;

        @Override
        public void initialize(Name annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return acceptable(value, max, false) && hasLetter(value);
        }
    }
}
