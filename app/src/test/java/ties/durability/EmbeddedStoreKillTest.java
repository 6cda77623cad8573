package ties.durability;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@DisplayName("Embedded store: a kill -9 under load loses no acknowledged command")
class EmbeddedStoreKillTest {

    @Test
    void every_acknowledged_proposal_survives_a_kill_of_the_service_exactly_once() throws Exception {
        Path folder = Path.of("target", "kill-tests", "embedded-" + UUID.randomUUID()).toAbsolutePath();
        Path data = folder.resolve("data");
        new KillDuringWrites().run(
                name -> ServiceProcess.start(folder, name, List.of("--ties.data-dir=" + data), Map.of()),
                () -> KillDuringWrites.read("jdbc:h2:file:" + data.resolve("ties"), "sa", ""));
    }
}
