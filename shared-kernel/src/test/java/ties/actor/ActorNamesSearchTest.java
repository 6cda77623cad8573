package ties.actor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Name search: ranks, titles and initials as reports write them")
class ActorNamesSearchTest {

    private static final String BAGHERI = ActorNames.searchText(List.of("Mohammad Hossein Bagheri", "Baqeri"));
    private static final String MUNIR = ActorNames.searchText(List.of("General Syed Asim Munir"));

    private static boolean finds(String text, String query) {
        return ActorNames.queryWords(query).stream().allMatch(text::contains);
    }

    @ParameterizedTest(name = "\"{0}\" finds Mohammad Hossein Bagheri")
    @CsvSource({"Bagheri", "Gen Bagheri", "Major General Bagheri", "Maj. Gen. Mohammad Bagheri", "M H Bagheri",
            "MH Bagheri", "M. H. Bagheri", "Baqeri", "Gen. Baqeri"})
    void finds_bagheri(String query) {
        assertThat(finds(BAGHERI, query)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" finds General Syed Asim Munir")
    @CsvSource({"Munir", "Gen Munir", "Field Marshal Asim Munir", "S A Munir", "SA Munir", "Asim Munir"})
    void finds_munir(String query) {
        assertThat(finds(MUNIR, query)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not find Mohammad Hossein Bagheri")
    @CsvSource({"A B Bagheri", "Gen Munir", "H M Bagheri"})
    void does_not_find(String query) {
        assertThat(finds(BAGHERI, query)).isFalse();
    }

    @Test
    void a_query_of_titles_alone_searches_for_them() {
        assertThat(ActorNames.queryWords("General")).containsExactly("general");
        assertThat(finds(MUNIR, "General")).isTrue();
    }
}
