package ties.ui.record;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.fact.Rejection;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A refusal lands on the form field it concerns")
class RefusalTest {

    @Test
    void command_paths_become_form_fields() {
        assertThat(Refusal.field("visit.occurred", "")).isEqualTo("occurred");
        assertThat(Refusal.field("visit.visitorIds[0].<list element>", "")).isEqualTo("visitorIds");
        assertThat(Refusal.field("visitId", "")).isEqualTo("id");
        assertThat(Refusal.field("initiative.provenance.sources[0].published", "")).isEqualTo("source.published");
        assertThat(Refusal.field("initiative.provenance.sources", "")).isEqualTo("source.publisher");
        assertThat(Refusal.field("statement.provenance.confidence", "")).isEqualTo("confidence");
        assertThat(Refusal.field("meeting.participantIds", "meetings[1].")).isEqualTo("meetings[1].participantIds");
        assertThat(Refusal.field("reason", "")).isEqualTo("reason");
    }

    @Test
    void a_refusal_naming_no_field_of_the_form_is_said_above_it() {
        Refusal refusal = Refusal.of(Rejection.invalid("visit.somethingElse", "is wrong"), List.of("occurred"), false, "")
                .orElseThrow();
        assertThat(refusal.fields()).isEmpty();
        assertThat(refusal.general()).containsExactly("visit.somethingElse: is wrong");
        assertThat(refusal.stale()).isFalse();
    }

    @Test
    void a_refusal_of_one_party_of_an_engagement_lands_on_that_partys_row() {
        Refusal refusal = Refusal.of(Rejection.invalid("engagement.participants[1].role", "must not be null"),
                List.of("title", "participants[0].role", "participants[1].role"), false, "").orElseThrow();
        assertThat(refusal.fields()).containsOnlyKeys("participants[1].role");
    }

    @Test
    void a_conflict_on_a_change_that_carried_the_pages_version_is_a_stale_page() {
        Rejection stale = Rejection.conflict("record 'x' is at version 3, not the expected 2; reload it and try again");
        assertThat(Refusal.of(stale, List.of(), true, "").orElseThrow().stale()).isTrue();
        assertThat(Refusal.of(stale, List.of(), false, "").orElseThrow().stale()).isFalse();
    }

    @Test
    void a_failure_that_is_no_refusal_is_not_turned_into_one() {
        assertThat(Refusal.of(new IllegalStateException("database down"), List.of(), false, "")).isEmpty();
    }

    /** A call recorded without saying who made it. */
    record Call(@NotBlank String visitorId, @NotNull String occurred, @Size(max = 5) String city) {
    }

    @Test
    void a_missing_value_is_said_to_be_required_in_plain_words() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            var said = validator.validate(new Call(" ", null, "Rawalpindi")).stream()
                    .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), Refusal::said));
            assertThat(said).containsEntry("visitorId", "is required").containsEntry("occurred", "is required");
            assertThat(said.get("city")).as("other rules keep their own words").contains("between 0 and 5");
        }
    }
}
