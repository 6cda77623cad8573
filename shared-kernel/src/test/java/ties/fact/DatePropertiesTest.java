package ties.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ties.fact.DateRefused.Reason;
import ties.fact.PartialDate.Knowledge;
import ties.fact.PartialDate.Tense;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties every resolved date keeps, for every phrase of the corpus against any report day and
 * tense: the interval holds the span's bounds, nothing done ends after its report, something under
 * way has begun by it, and whether a phrase is understood does not depend on the day or the tense.
 * (Phrases the corpus refuses as not understood are left out: they have nothing to hold.)
 */
class DatePropertiesTest {

    private static final List<String> PHRASES = corpusPhrases();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Property(tries = 1000)
    void numerals_are_zero_padded_as_string_format_pads_them(@ForAll long value, @ForAll("widths") int width) {
        assertThat(Numerals.zeroPadded(value, width)).isEqualTo(String.format(java.util.Locale.ROOT, "%0" + width + "d", value));
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(2, 4, 15, 19);
    }

    @Property(tries = 2000)
    void a_resolved_date_holds_its_span_and_keeps_its_tense(@ForAll("phrases") String phrase, @ForAll("reportDays") LocalDate reported,
                                                          @ForAll Tense tense) throws Exception {
        PartialDate date;
        try {
            date = PartialDate.resolved(phrase, reported, tense);
        } catch (DateRefused refused) {
            assertThat(refused.reason()).isNotEqualTo(Reason.NOT_UNDERSTOOD);
            return;
        }
        assertThat(date.edtf()).isNotBlank();
        if (date.latest() != null) {
            assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
        }
        if (date.isSpan()) {
            assertThat(date.start().earliest()).isEqualTo(date.earliest());
            if (date.end() != null) {
                assertThat(date.end().latest()).isEqualTo(date.latest());
                assertThat(date.end().latest()).isAfterOrEqualTo(date.start().earliest());
            }
        }
        switch (tense) {
            case DONE -> {
                assertThat(date.latest()).isNotNull().isBeforeOrEqualTo(reported);
                assertThat(date.happenedBy(reported)).isEqualTo(Knowledge.YES);
            }
            case ONGOING -> assertThat(date.earliest()).isBeforeOrEqualTo(reported);
            case PLANNED -> { }
        }
        assertThat(JSON.readValue(JSON.writeValueAsString(date), PartialDate.class)).isEqualTo(date);
    }

    @Property(tries = 500)
    void whether_a_phrase_is_understood_does_not_depend_on_the_day_or_the_tense(@ForAll("phrases") String phrase,
            @ForAll("reportDays") LocalDate one, @ForAll("reportDays") LocalDate other, @ForAll Tense tense) {
        assertThat(understood(phrase, one, tense)).isEqualTo(understood(phrase, other, Tense.PLANNED));
    }

    private static boolean understood(String phrase, LocalDate reported, Tense tense) {
        try {
            PartialDate.resolved(phrase, reported, tense);
            return true;
        } catch (DateRefused refused) {
            return refused.reason() != Reason.NOT_UNDERSTOOD;
        }
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of(PHRASES);
    }

    @Provide
    Arbitrary<LocalDate> reportDays() {
        return Arbitraries.longs().between(LocalDate.of(1995, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static List<String> corpusPhrases() {
        try (InputStream in = DatePropertiesTest.class.getResourceAsStream("/ties/fact/date-phrases.psv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.contains("refused NOT_UNDERSTOOD"))
                    .map(line -> line.split("\\|")[2].strip())
                    .distinct().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
