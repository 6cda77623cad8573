package ties.fact;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import ties.fact.DateRefused.Reason;
import ties.fact.PartialDate.Precision;
import ties.fact.PartialDate.Tense;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corpus of date phrases in the styles of Reuters, AP, AFP, Dawn and IRNA copy
 * ({@code date-phrases.psv}): each phrase with its report day and tense, and what it must resolve to
 * or why it must be refused. The file's header says how ambiguous phrases are read.
 */
@DisplayName("Date phrases as news agencies write them")
class DatePhrasesCorpusTest {

    @ParameterizedTest(name = "[{index}] \"{2}\" {1}, reported {0}: {3}")
    @CsvFileSource(resources = "/ties/fact/date-phrases.psv", delimiter = '|', maxCharsPerColumn = 500)
    void resolves_as_the_corpus_says(LocalDate reported, Tense tense, String phrase, String expected,
                                     LocalDate earliest, LocalDate latest, String edtf, String reading) {
        if (expected.startsWith("refused ")) {
            Reason reason = Reason.valueOf(expected.substring("refused ".length()));
            assertThatThrownBy(() -> PartialDate.resolved(phrase, reported, tense))
                    .isInstanceOfSatisfying(DateRefused.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(reason);
                        assertThat(refused.getMessage()).startsWith("'" + phrase + "'");
                    });
            return;
        }
        PartialDate date = PartialDate.resolved(phrase, reported, tense);

        assertThat(date.text()).isEqualTo(phrase);
        assertThat(date.precision()).isEqualTo(Precision.valueOf(expected));
        assertThat(date.earliest()).as("earliest").isEqualTo(earliest);
        assertThat(date.latest()).as("latest").isEqualTo(latest);
        assertThat(date.edtf()).as("EDTF form").isEqualTo(edtf);
        if (reading == null) {
            assertThat(date.reading()).as("reading").isNull();
        } else {
            assertThat(date.reading()).as("reading").contains(reading);
        }
    }
}
