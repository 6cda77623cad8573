package ties.query.store;

import ties.fact.Rejection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Opaque page cursors: a sort key, base64url-encoded, checked on the way back in. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key in a cursor, or null for none; a cursor not of the expected shape is a 400 on {@code after}. */
    public static String decode(String cursor, Pattern sortKeyShape) {
        if (cursor == null) {
            return null;
        }
        try {
            String sortKey = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (sortKeyShape.matcher(sortKey).matches()) {
                return sortKey;
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below like any other foreign cursor
        }
        throw Rejection.invalid("after", "'" + cursor + "' is not a cursor from a previous page");
    }
}
