package ties.fact;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.annotation.Annotation;
import java.util.function.ToIntFunction;

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

    /** One rule on text, with the limit its annotation sets. */
    private abstract static class TextRule<A extends Annotation> implements ConstraintValidator<A, String> {
        private final ToIntFunction<A> max;
        private final boolean lineBreaks;
        private final boolean letter;
        private int limit;

        TextRule(ToIntFunction<A> max, boolean lineBreaks, boolean letter) {
            this.max = max;
            this.lineBreaks = lineBreaks;
            this.letter = letter;
        }

        @Override
        public void initialize(A annotation) {
            limit = max.applyAsInt(annotation);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return acceptable(value, limit, lineBreaks) && (!letter || hasLetter(value));
        }
    }

    public static final class SingleLineValidator extends TextRule<SingleLine> {
        public SingleLineValidator() {
            super(SingleLine::max, false, false);
        }
    }

    public static final class ProseValidator extends TextRule<Prose> {
        public ProseValidator() {
            super(Prose::max, true, false);
        }
    }

    public static final class NameValidator extends TextRule<Name> {
        public NameValidator() {
            super(Name::max, false, true);
        }
    }
}
