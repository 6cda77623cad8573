package ties.audit.integrity;

import java.time.Instant;

/**
 * A hash over every stream at once: the sealed events at positions up to {@code position} since the
 * previous checkpoint, in global order, chained to that checkpoint's hash ({@link Chain#checkpoint}).
 * Removing a stream's newest events together with their seals, or reordering events across streams,
 * breaks it even where each stream's own chain still looks whole.
 */
public record Checkpoint(long number, long position, long eventCount, Hash previous, Hash hash, Instant createdAt) {
}
