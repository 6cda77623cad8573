package ties.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ties.fact.PartialDate.Knowledge;
import ties.fact.PartialDate.Precision;
import ties.fact.PartialDate.Tense;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("PartialDate: dates as precisely as the report gives them, resolved against the report's date")
class PartialDateTest {

    /** The day the seed article about General Bagheri's Islamabad visit was published. */
    private static final LocalDate REPORTED_ON = LocalDate.of(2025, 1, 15);

    @Nested
    @DisplayName("resolving phrases")
    class Resolving {

        @ParameterizedTest(name = "\"{0}\" is {1} {2}..{3}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-13         | DAY         | 2025-01-13 | 2025-01-13
                13 January 2025    | DAY         | 2025-01-13 | 2025-01-13
                13 Jan. 2025       | DAY         | 2025-01-13 | 2025-01-13
                January 13, 2025   | DAY         | 2025-01-13 | 2025-01-13
                Jan 13 2025        | DAY         | 2025-01-13 | 2025-01-13
                July 2018          | MONTH       | 2018-07-01 | 2018-07-31
                Jul. 2018          | MONTH       | 2018-07-01 | 2018-07-31
                october 2021       | MONTH       | 2021-10-01 | 2021-10-31
                Sept 2021          | MONTH       | 2021-09-01 | 2021-09-30
                2024-02            | MONTH       | 2024-02-01 | 2024-02-29
                2018               | YEAR        | 2018-01-01 | 2018-12-31
                early 2020         | APPROXIMATE | 2020-01-01 | 2020-04-30
                mid 2020           | APPROXIMATE | 2020-05-01 | 2020-08-31
                late 2020          | APPROXIMATE | 2020-09-01 | 2020-12-31
                circa 2019         | APPROXIMATE | 2018-01-01 | 2020-12-31
                around 2019        | APPROXIMATE | 2018-01-01 | 2020-12-31
                about 2019         | APPROXIMATE | 2018-01-01 | 2020-12-31
                c. 2019            | APPROXIMATE | 2018-01-01 | 2020-12-31
                ~2019              | APPROXIMATE | 2018-01-01 | 2020-12-31
                today              | DAY         | 2025-01-15 | 2025-01-15
                yesterday          | DAY         | 2025-01-14 | 2025-01-14
                this month         | MONTH       | 2025-01-01 | 2025-01-15
                last month         | MONTH       | 2024-12-01 | 2024-12-31
                this year          | YEAR        | 2025-01-01 | 2025-01-15
                last year          | YEAR        | 2024-01-01 | 2024-12-31
                past year          | APPROXIMATE | 2024-01-15 | 2025-01-15
                over the past year | APPROXIMATE | 2024-01-15 | 2025-01-15
                recently           | APPROXIMATE | 2024-10-15 | 2025-01-15
                recent             | APPROXIMATE | 2024-10-15 | 2025-01-15
                """)
        void a_phrase_resolves_to_an_interval(String phrase, Precision precision, LocalDate earliest, LocalDate latest) {
            PartialDate date = PartialDate.of(phrase).resolveAgainst(REPORTED_ON);

            assertThat(date.text()).isEqualTo(phrase);
            assertThat(date.precision()).isEqualTo(precision);
            assertThat(date.earliest()).isEqualTo(earliest);
            assertThat(date.latest()).isEqualTo(latest);
            assertThat(date.isResolved()).isTrue();
        }

        @Test
        void general_bagheris_first_visit_in_july_2018_is_a_month() {
            assertThat(PartialDate.resolved("July 2018", REPORTED_ON))
                    .isEqualTo(new PartialDate("July 2018", Precision.MONTH, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 31)));
        }

        @Test
        void general_munirs_visit_to_tehran_last_year_is_2024() {
            assertThat(PartialDate.resolved("last year", REPORTED_ON))
                    .isEqualTo(new PartialDate("last year", Precision.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        }

        @Test
        void case_and_spacing_do_not_matter_and_the_phrase_is_kept_as_written() {
            PartialDate date = PartialDate.of("  LAST   Year ").resolveAgainst(REPORTED_ON);

            assertThat(date.text()).isEqualTo("LAST   Year");
            assertThat(date.precision()).isEqualTo(Precision.YEAR);
            assertThat(date.earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
        }

        @Test
        void a_phrase_is_unresolved_until_resolved_against_a_report() {
            PartialDate phrase = PartialDate.of("July 2018");

            assertThat(phrase.isResolved()).isFalse();
            assertThat(phrase.precision()).isNull();
            assertThat(phrase.earliest()).isNull();
            assertThat(phrase.latest()).isNull();
        }

        @Test
        void the_day_of_the_report_itself_is_not_in_its_future() {
            assertThat(PartialDate.resolved("2025-01-15", REPORTED_ON).precision()).isEqualTo(Precision.DAY);
        }

        @Test
        void a_period_that_has_begun_by_the_report_is_accepted_up_to_the_report() {
            PartialDate thisYear = PartialDate.resolved("2025", REPORTED_ON);

            assertThat(thisYear.earliest()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(thisYear.latest()).isEqualTo(REPORTED_ON);
            assertThat(thisYear.edtf()).isEqualTo("2025");
            assertThat(PartialDate.resolved("early 2025", REPORTED_ON).earliest()).isEqualTo(LocalDate.of(2025, 1, 1));
        }

        @Test
        void a_leap_day_exists_in_a_leap_year() {
            assertThat(PartialDate.resolved("2024-02-29", REPORTED_ON).earliest()).isEqualTo(LocalDate.of(2024, 2, 29));
        }
    }

    @Nested
    @DisplayName("refusing")
    class Refusing {

        @ParameterizedTest(name = "\"{0}\" does not exist")
        @ValueSource(strings = {"2018-02-30", "2023-02-29", "2018-13", "31 April 2018", "April 31, 2018", "2018-00-10"})
        void a_date_that_does_not_exist(String phrase) {
            assertThatThrownBy(() -> PartialDate.of(phrase).resolveAgainst(REPORTED_ON))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + phrase + "' is not a date that exists");
        }

        @ParameterizedTest(name = "\"{0}\" lies after the report")
        @ValueSource(strings = {"2025-01-16", "February 2025", "2025-02", "2026", "late 2025", "circa 2027"})
        void a_date_after_the_report(String phrase) {
            assertThatThrownBy(() -> PartialDate.of(phrase).resolveAgainst(REPORTED_ON))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is after the report date 2025-01-15")
                    .hasMessageContaining("record a plan with its planned date instead");
        }

        @ParameterizedTest(name = "\"{0}\" is not understood")
        @ValueSource(strings = {"13/01/2025", "Smarch 2018", "ju 2018", "the nineties"})
        void a_phrase_that_is_not_understood(String phrase) {
            assertThatThrownBy(() -> PartialDate.of(phrase).resolveAgainst(REPORTED_ON))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a date Ties understands");
        }

        @ParameterizedTest(name = "text \"{0}\"")
        @ValueSource(strings = {"", "   "})
        void a_date_without_text(String text) {
            assertThatThrownBy(() -> PartialDate.of(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a date needs its text");
            assertThatThrownBy(() -> PartialDate.of(null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_text_longer_than_100_characters() {
            assertThatThrownBy(() -> PartialDate.of("a".repeat(101)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a date's text is at most 100 characters");
        }

        @Test
        void a_half_resolved_date() {
            assertThatThrownBy(() -> new PartialDate("2018", Precision.YEAR, LocalDate.of(2018, 1, 1), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a resolved date needs precision, earliest and latest together");
        }

        @Test
        void an_interval_that_ends_before_it_begins() {
            assertThatThrownBy(() -> new PartialDate("2018", Precision.YEAR, LocalDate.of(2018, 12, 31), LocalDate.of(2018, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a date's latest day cannot come before its earliest");
        }
    }

    @Nested
    @DisplayName("whether something had happened by a day")
    class HappenedBy {

        private final PartialDate in2018 = PartialDate.resolved("2018", REPORTED_ON);

        @Test
        void known_once_the_whole_interval_has_passed() {
            assertThat(in2018.happenedBy(LocalDate.of(2018, 12, 31))).isEqualTo(Knowledge.YES);
            assertThat(in2018.happenedBy(LocalDate.of(2019, 3, 1))).isEqualTo(Knowledge.YES);
        }

        @Test
        void uncertain_within_the_interval() {
            assertThat(in2018.happenedBy(LocalDate.of(2018, 3, 1))).isEqualTo(Knowledge.UNCERTAIN);
            assertThat(in2018.happenedBy(LocalDate.of(2018, 1, 1))).isEqualTo(Knowledge.UNCERTAIN);
        }

        @Test
        void not_before_the_interval() {
            assertThat(in2018.happenedBy(LocalDate.of(2017, 12, 31))).isEqualTo(Knowledge.NO);
        }

        @Test
        void a_day_is_known_on_that_day() {
            assertThat(PartialDate.resolved("2025-01-13", REPORTED_ON).happenedBy(LocalDate.of(2025, 1, 13)))
                    .isEqualTo(Knowledge.YES);
        }

        @Test
        void a_span_has_happened_once_it_has_begun() {
            PartialDate since2016 = PartialDate.resolved("since 2016", REPORTED_ON);

            assertThat(since2016.happenedBy(LocalDate.of(2017, 1, 1))).isEqualTo(Knowledge.YES);
            assertThat(since2016.happenedBy(LocalDate.of(2016, 6, 1))).isEqualTo(Knowledge.UNCERTAIN);
            assertThat(since2016.happenedBy(LocalDate.of(2015, 12, 31))).isEqualTo(Knowledge.NO);
        }

        @Test
        void an_exercise_from_6_to_10_january_had_happened_on_its_first_day() {
            PartialDate exercise = PartialDate.resolved("6-10 January 2025", REPORTED_ON);

            assertThat(exercise.happenedBy(LocalDate.of(2025, 1, 6))).isEqualTo(Knowledge.YES);
            assertThat(exercise.happenedBy(LocalDate.of(2025, 1, 5))).isEqualTo(Knowledge.NO);
        }

        @Test
        void an_unresolved_phrase_cannot_answer() {
            assertThatThrownBy(() -> PartialDate.of("July 2018").happenedBy(LocalDate.of(2019, 1, 1)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("as JSON")
    class AsJson {

        private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

        @Test
        void a_date_stored_before_spans_existed_reads_as_a_date_that_is_no_span() throws Exception {
            PartialDate stored = json.readValue("""
                    {"text":"July 2018","precision":"MONTH","earliest":"2018-07-01","latest":"2018-07-31"}""", PartialDate.class);

            assertThat(stored.isSpan()).isFalse();
            assertThat(stored.edtf()).isEqualTo("2018-07");
            assertThat(stored.reading()).isNull();
            assertThat(stored.happenedBy(LocalDate.of(2018, 8, 1))).isEqualTo(Knowledge.YES);
        }

        @Test
        void a_span_keeps_its_bounds_its_edtf_form_and_its_reading() throws Exception {
            PartialDate visit = PartialDate.resolved("a four-day visit from Tuesday", LocalDate.of(2019, 3, 13), Tense.ONGOING);

            String written = json.writeValueAsString(visit);

            assertThat(json.readValue(written, PartialDate.class)).isEqualTo(visit);
            assertThat(json.readTree(written).get("edtf").asText()).isEqualTo("2019-03-12/2019-03-15");
            assertThat(json.readTree(written).get("start").get("precision").asText()).isEqualTo("DAY");
        }

        @Test
        void an_open_future_writes_its_latest_as_null() throws Exception {
            PartialDate soon = PartialDate.resolved("in the near future", LocalDate.of(2019, 3, 13), Tense.PLANNED);

            String written = json.writeValueAsString(soon);

            assertThat(json.readTree(written).has("latest")).isTrue();
            assertThat(json.readTree(written).get("latest").isNull()).isTrue();
            assertThat(json.readValue(written, PartialDate.class)).isEqualTo(soon);
        }

        @Test
        void a_phrase_alone_reads_as_unresolved() throws Exception {
            assertThat(json.readValue("\"last Friday\"", PartialDate.class)).isEqualTo(PartialDate.of("last Friday"));
        }
    }

    @Nested
    @DisplayName("overlapping a range of days")
    class Overlaps {

        @Test
        void an_interval_overlaps_a_range_it_shares_a_day_with() {
            PartialDate july2018 = PartialDate.resolved("July 2018", REPORTED_ON);

            assertThat(july2018.overlaps(LocalDate.of(2018, 7, 31), null)).isTrue();
            assertThat(july2018.overlaps(null, LocalDate.of(2018, 7, 1))).isTrue();
            assertThat(july2018.overlaps(LocalDate.of(2018, 8, 1), LocalDate.of(2018, 12, 31))).isFalse();
            assertThat(july2018.overlaps(null, null)).isTrue();
        }

        @Test
        void an_open_future_reaches_every_later_day() {
            PartialDate soon = PartialDate.resolved("in the near future", REPORTED_ON, Tense.PLANNED);

            assertThat(soon.overlaps(LocalDate.of(2040, 1, 1), null)).isTrue();
            assertThat(soon.overlaps(null, LocalDate.of(2025, 1, 14))).isFalse();
        }
    }
}
