package ties.query;

import ties.query.store.Recorded;
import ties.record.RecordEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Events as the event store hands them to projections: each with its {@link Recorded} (event id,
 * recorded time, editor, stream and position in it). Time moves one minute per event unless told
 * otherwise, so every event has its own recorded instant and as-of questions can fall between two.
 */
public final class Journal {

    /** One delivered event and the metadata it came with. */
    public record Entry(RecordEvent event, Recorded recorded) {

        public Instant at() {
            return recorded.at();
        }

        @Override
        public String toString() {
            return event.getClass().getSimpleName() + " of " + event.recordId();
        }
    }

    public static final String EDITOR = "editor-amina";
    public static final Instant START = Instant.parse("2025-01-16T09:00:00Z");

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = START;

    /** Records an event one minute after the previous one, by the default editor. */
    public Entry record(RecordEvent event) {
        return record(event, EDITOR);
    }

    public Entry record(RecordEvent event, String editor) {
        clock = clock.plus(Duration.ofMinutes(1));
        long sequence = sequences.merge(event.recordId(), 1L, Long::sum) - 1;
        Entry entry = new Entry(event, new Recorded("event-" + (entries.size() + 1), clock, editor, event.recordId(), sequence));
        entries.add(entry);
        return entry;
    }

    /** Lets time pass before the next event. */
    public Journal wait(Duration duration) {
        clock = clock.plus(duration);
        return this;
    }

    /** The recorded time of the latest event. */
    public Instant now() {
        return clock;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Delivers every entry, in order, as a replay after a reset would. */
    public void replay(Consumer<Entry> handler) {
        entries().forEach(handler);
    }

    /** The recorded instants of all entries, and an instant before the first: the moments as-of questions ask about. */
    public List<Instant> moments() {
        List<Instant> moments = new ArrayList<>();
        moments.add(START);
        entries.forEach(entry -> moments.add(entry.at()));
        return moments;
    }
}
