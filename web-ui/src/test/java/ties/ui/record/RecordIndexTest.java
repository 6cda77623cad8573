package ties.ui.record;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The report being worked from is shown under the labels the forms gave its fields")
class RecordIndexTest {

    @Test
    void the_remembered_source_reads_as_the_form_asked_for_it() {
        Map<String, String> remembered = new LinkedHashMap<>();
        remembered.put("source.publisher", "Dawn");
        remembered.put("source.url", "https://www.dawn.com/news/sri-lanka-navy-chief-calls-on-admiral-naveed-ashraf");
        remembered.put("source.published", "2025-03-12");
        remembered.put("source.reference", "");
        remembered.put("confidence", "HIGH");

        assertThat(RecordIndex.described(remembered)).containsExactly(
                Map.entry("Publisher", "Dawn"),
                Map.entry("Link", "https://www.dawn.com/news/sri-lanka-navy-chief-calls-on-admiral-naveed-ashraf"),
                Map.entry("Published on", "2025-03-12"),
                Map.entry("Confidence", "high"));
    }
}
