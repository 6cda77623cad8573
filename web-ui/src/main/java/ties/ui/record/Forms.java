package ties.ui.record;

import java.util.ArrayList;
import java.util.List;

/** The field lists of the forms: a form's own fields, then the source of the report. */
final class Forms {

    private Forms() {
    }

    static List<String> withSource(String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.addAll(FormInput.SOURCE_FIELDS);
        return List.copyOf(all);
    }
}
