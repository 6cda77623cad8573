package ties.faults;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@FaultsTest
@DisplayName("Read your writes: a read with minPosition reflects every event at or below it, gaps included")
class ReadYourWritesTest {

    @LocalServerPort
    int port;

    @Autowired
    BoardFault board;

    @Autowired
    OutOfOrderCommits outOfOrder;

    @Test
    @DisplayName("an event committed after a later one holds reads back until the read model has applied it")
    void a_gap_below_the_position_asked_for_is_waited_for() throws Exception {
        Api editor = new Api(port, "editor");
        assertThat(editor.put("/api/actors/asim-munir", SeedJson.person("Asim Munir", "PK")).status()).isEqualTo(201);
        board.hold("ir-pk-naval-drills");

        OutOfOrderCommits.Positions positions = outOfOrder.propose("ir-pk-naval-drills", "ir-pk-border-intelligence",
                "asim-munir", () -> Await.found(editor, "/api/initiatives/ir-pk-border-intelligence"));
        assertThat(positions.first()).isLessThan(positions.second());
        // The board applied the second proposal first; now it is held at the first, which fills its gap.
        board.awaitHeld("ir-pk-naval-drills");

        // What the first editor's receipt carried: the store's head after the commit, the second's position.
        long receipt = positions.second();
        Answer early = editor.get("/api/initiatives/ir-pk-naval-drills?minPosition=" + receipt);
        assertThat(early.status()).as("not the state before the write: %s", early.body()).isEqualTo(503);
        assertThat(early.text("type")).isEqualTo("urn:ties:problem:not-caught-up");
        assertThat(early.headers().getFirst("Retry-After")).isEqualTo("1");
        assertThat(editor.get("/api/initiatives?minPosition=" + receipt).status()).isEqualTo(503);

        board.release("ir-pk-naval-drills");
        Answer caughtUp = editor.get("/api/initiatives/ir-pk-naval-drills?minPosition=" + receipt);
        assertThat(caughtUp.status()).isEqualTo(200);
        assertThat(caughtUp.text("title")).isEqualTo("Joint naval exercises in the Arabian Sea");
    }

    @Test
    @DisplayName("concurrent editors each read their own write back at once: no stale read")
    void concurrent_writers_never_read_stale() throws Exception {
        Api editor = new Api(port, "editor");
        assertThat(editor.put("/api/actors/mohammad-bagheri", SeedJson.person("Mohammad Bagheri", "IR")).status())
                .isIn(200, 201);
        int writers = 8;
        int writesEach = 25;
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        String id = "concurrent-" + writer + "-" + i;
                        Answer proposed = editor.put("/api/initiatives/" + id, SeedJson.initiative(
                                "Naval cooperation round " + i, "JOINT_EXERCISE", "mohammad-bagheri", "recently"));
                        assertThat(proposed.status()).isEqualTo(201);
                        long position = proposed.body().path("position").asLong();
                        Answer answer = readBack(editor, "/api/initiatives/" + id + "?minPosition=" + position);
                        read.incrementAndGet();
                        if (answer.status() != 200) {
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(read.get()).isEqualTo(writers * writesEach);
        assertThat(stale.get()).as("reads that missed their own write").isZero();
    }

    /** A read with minPosition, retried while it answers 503 (which is honest, not stale). */
    private static Answer readBack(Api api, String path) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Answer answer = api.get(path);
            if (answer.status() != 503 || attempt == 30) {
                return answer;
            }
            Thread.sleep(100);
        }
    }
}
