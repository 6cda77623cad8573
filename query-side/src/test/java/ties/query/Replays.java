package ties.query;

import org.junit.jupiter.api.DynamicTest;
import ties.record.RecordEvent;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two promises every projection makes, checked over a whole scenario: an event delivered twice
 * (at-least-once delivery) changes nothing, and a reset followed by a replay of the same events gives
 * the same answers, now and as of every recorded moment.
 */
public final class Replays {

    private Replays() {
    }

    /** A projection with its query handlers over a store of its own. */
    public interface Fixture {

        /** Hands one event to the projection, as Axon would (events it has no handler for are skipped). */
        void deliver(Journal.Entry entry);

        /** What Axon calls before a replay. */
        void reset();

        /** Every answer the query handlers give, now and as of each of the moments (equal answers compare equal). */
        List<Object> answers(List<Instant> moments);
    }

    /** One dynamic test per event of the scenario: that event delivered twice in a row, the rest once. */
    public static Stream<DynamicTest> everyEventDeliveredTwice(List<RecordEvent> scenario, Supplier<Fixture> fixtures) {
        Journal journal = new Journal();
        scenario.forEach(journal::record);
        List<Journal.Entry> entries = journal.entries();
        List<Instant> moments = journal.moments();
        Fixture once = fixtures.get();
        entries.forEach(once::deliver);
        List<Object> expected = once.answers(moments);
        return IntStream.range(0, entries.size()).mapToObj(i -> DynamicTest.dynamicTest(
                (i + 1) + ". " + entries.get(i) + " delivered twice", () -> {
                    Fixture twice = fixtures.get();
                    for (int j = 0; j < entries.size(); j++) {
                        twice.deliver(entries.get(j));
                        if (j == i) {
                            twice.deliver(entries.get(j));
                        }
                    }
                    assertThat(twice.answers(moments)).isEqualTo(expected);
                }));
    }

    /**
     * Delivers the scenario, resets, checks that the reset left answers as on an empty store, replays,
     * and checks that every answer (now and as of every moment) is what it was before.
     */
    public static void assertRebuildGivesSameAnswers(List<RecordEvent> scenario, Fixture fixture, Supplier<Fixture> empty) {
        Journal journal = new Journal();
        scenario.forEach(journal::record);
        List<Instant> moments = journal.moments();
        journal.replay(fixture::deliver);
        List<Object> before = fixture.answers(moments);

        fixture.reset();
        assertThat(fixture.answers(moments)).as("answers right after the reset").isEqualTo(empty.get().answers(moments));

        journal.replay(fixture::deliver);
        assertThat(fixture.answers(moments)).as("answers after the replay").isEqualTo(before);
    }
}
