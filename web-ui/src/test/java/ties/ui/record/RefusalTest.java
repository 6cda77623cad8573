package ties.ui.record;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.fact.Rejection;

import java.util.List;

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
}
