package ties.ui.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The field lists of the forms (a form's own fields, then the source of the report), and their values. */
final class Forms {

    private Forms() {
    }

    static List<String> withSource(String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.addAll(FormInput.SOURCE_FIELDS);
        return List.copyOf(all);
    }

    /** Fills a field of a form about a recorded fact; a fact it does not have leaves the field empty. */
    static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
