package ties.record;

/** Record ids are readable slugs such as {@code ir-pk-joint-naval-exercises}. */
public final class Ids {

    /** Lower-case letters, digits and single hyphens; 3 to 100 characters. */
    public static final String SLUG = "[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,99}";

    /** What to tell an editor whose id is not a slug. */
    public static final String SLUG_RULE = "must be a slug: 3 to 100 lower-case letters, digits and single inner hyphens";

    private Ids() {
    }
}
