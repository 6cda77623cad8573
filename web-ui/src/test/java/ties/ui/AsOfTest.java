package ties.ui;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The as-of field keeps the second asked for")
class AsOfTest {

    @Test
    void a_moment_between_two_entries_saved_seconds_apart_is_shown_as_asked() {
        Instant between = AsOf.parse("2025-03-12T10:15:42");
        assertThat(between).isEqualTo(Instant.parse("2025-03-12T10:15:42Z"));
        assertThat(AsOf.field(between)).isEqualTo("2025-03-12T10:15:42");
    }

    @Test
    void a_whole_minute_reads_as_the_browser_sends_it() {
        assertThat(AsOf.field(AsOf.parse("2025-03-12T10:15"))).isEqualTo("2025-03-12T10:15");
    }
}
