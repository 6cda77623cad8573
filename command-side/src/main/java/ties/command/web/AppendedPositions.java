package ties.command.web;

import java.util.OptionalLong;

/**
 * The global position of the last event the current thread appended, for the receipt of the command
 * it sent. Axon's command bus here handles a command in the thread that sends it, and the event store
 * appends its events in that thread's unit of work, so the storage (which alone learns the position)
 * hands it to the sender this way. Asking the store for its head instead costs a query per command and
 * may name another client's later event.
 */
public final class AppendedPositions {

    private static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private AppendedPositions() {
    }

    /** Called by the event storage once it has given an appended event its position. */
    public static void appended(long position) {
        Long last = LAST.get();
        if (last == null || position > last) {
            LAST.set(position);
        }
    }

    /** Forgets what this thread appended before: called before a command is sent. */
    static void clear() {
        LAST.remove();
    }

    /** The position of the last event this thread appended since {@link #clear()}, if any. */
    static OptionalLong take() {
        Long last = LAST.get();
        LAST.remove();
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }
}
