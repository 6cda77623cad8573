package ties.ui.board;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.fact.CountryCode;
import ties.initiative.InitiativeKind;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The board's filters, as the URL carries them")
class BoardFilterTest {

    @Test
    void parties_may_be_repeated_or_listed_in_one_field() {
        BoardFilter filter = new BoardFilter(List.of("IR PK", "TR"), "joint_exercise", null, "2018-01-01", null,
                "2025-01-31T18:00");
        BoardFilter.Result result = filter.query();
        assertThat(result.errors()).isEmpty();
        assertThat(result.query().parties()).containsExactly(CountryCode.of("IR"), CountryCode.of("PK"), CountryCode.of("TR"));
        assertThat(result.query().kind()).isEqualTo(InitiativeKind.JOINT_EXERCISE);
        assertThat(result.query().asOf()).isEqualTo(Instant.parse("2025-01-31T18:00:00Z"));
        assertThat(filter.queryString(false)).isEqualTo("?party=IR&party=PK&party=TR&kind=joint_exercise&from=2018-01-01");
    }

    @Test
    void values_the_board_does_not_take_are_named_per_filter() {
        BoardFilter.Result result = new BoardFilter(List.of("XX"), "BALLOON", null, "2018-02-30", "2017-01-01", "soon")
                .query();
        assertThat(result.query()).isNull();
        assertThat(result.errors()).containsOnlyKeys("party", "kind", "from", "asOf");
    }
}
