package ties.ui;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.fact.PartialDate;
import ties.fact.PartialDate.Tense;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Pages write a reported date in the report's words, with the days it stands for when the words name no year")
class FormatsTest {

    /** The day Dawn reported the Sri Lankan navy chief's call on Admiral Naveed Ashraf. */
    private static final LocalDate REPORTED = LocalDate.of(2025, 3, 12);

    private final Formats fmt = new Formats();

    @Test
    void a_weekday_gets_the_day_it_was() {
        assertThat(fmt.date(PartialDate.resolved("Tuesday", REPORTED))).isEqualTo("Tuesday (11 Mar 2025)");
    }

    @Test
    void a_relative_week_gets_its_days() {
        assertThat(fmt.date(PartialDate.resolved("last week", REPORTED))).isEqualTo("last week (3 – 9 Mar 2025)");
    }

    @Test
    void a_relative_year_gets_the_year() {
        assertThat(fmt.date(PartialDate.resolved("next year", REPORTED, Tense.PLANNED))).isEqualTo("next year (2026)");
    }

    @Test
    void wording_that_names_its_year_stays_as_reported() {
        assertThat(fmt.date(PartialDate.resolved("July 2018", REPORTED))).isEqualTo("July 2018");
        assertThat(fmt.date(PartialDate.resolved("2025-01-13", REPORTED))).isEqualTo("2025-01-13");
    }

    @Test
    void an_unresolved_phrase_is_shown_as_written() {
        assertThat(fmt.date(PartialDate.of("Tuesday"))).isEqualTo("Tuesday");
    }
}
