package ties.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import ties.fact.Rejection;

import java.util.Objects;

/** Hamcrest matchers for the way a command is refused: the kind of {@link Rejection} and the field it names. */
public final class Refusals {

    private Refusals() {
    }

    /** A rejection of this kind naming this field ({@code null}: naming no field). */
    public static Matcher<Rejection> refused(Rejection.Kind kind, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Rejection rejection) {
                return rejection.kind() == kind && Objects.equals(rejection.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection of field " + field);
            }

            @Override
            protected void describeMismatchSafely(Rejection rejection, Description description) {
                description.appendText("was a " + rejection.kind() + " rejection of field " + rejection.field()
                        + ": " + rejection.getMessage());
            }
        };
    }

    /** A rejection of this kind, whatever field it names. */
    public static Matcher<Rejection> refused(Rejection.Kind kind) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Rejection rejection) {
                return rejection.kind() == kind;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection");
            }

            @Override
            protected void describeMismatchSafely(Rejection rejection, Description description) {
                description.appendText("was a " + rejection.kind() + " rejection: " + rejection.getMessage());
            }
        };
    }
}
