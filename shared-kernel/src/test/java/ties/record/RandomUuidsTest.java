package ties.record;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Random ids: version 4 UUIDs, drawn by many threads at once without sharing a lock")
class RandomUuidsTest {

    @Test
    void ids_are_random_version_4_uuids_as_java_makes_them() {
        UUID id = RandomUuids.next();
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void threads_drawing_at_once_never_hand_out_the_same_id() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 80_000).parallel().forEach(i -> assertThat(seen.add(RandomUuids.next())).isTrue());
        assertThat(seen).hasSize(80_000);
    }
}
