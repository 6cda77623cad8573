package ties.audit.integrity;

import ties.audit.integrity.Finding.Kind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks links in global order, recomputes every stream's chain and every checkpoint, and stops at the
 * first broken link. Memory grows with the number of streams (one head each), not with the events.
 * Feed it with {@link #accept} until it answers false, then ask {@link #verdict()}.
 */
public final class ChainVerifier {

    private record Head(long sequenceNumber, Hash hash) {
        static final Head GENESIS = new Head(-1, Hash.GENESIS);
    }

    private final List<Checkpoint> checkpoints;
    private final long sealedHorizon;
    private final String streamId;
    private final Map<String, Head> heads = new HashMap<>();

    private int nextCheckpoint;
    private Checkpoint lastCheckpoint;
    private Chain.CheckpointDigest digest = Chain.checkpoint(Hash.GENESIS);
    private long lastPosition = -1;
    private long events;
    private long unsealed;
    private Finding firstBreak;
    private Finding firstUnsealed;

    private ChainVerifier(List<Checkpoint> checkpoints, long sealedHorizon, String streamId) {
        this.checkpoints = List.copyOf(checkpoints);
        this.sealedHorizon = sealedHorizon;
        this.streamId = streamId;
    }

    /** Verifies every stream and the checkpoints, given in the order they were taken. */
    public static ChainVerifier ofStore(List<Checkpoint> checkpoints) {
        return new ChainVerifier(checkpoints, checkpoints.isEmpty() ? -1 : checkpoints.get(checkpoints.size() - 1).position(), null);
    }

    /**
     * Verifies one stream from genesis. Checkpoints span all streams, so they cannot be checked here;
     * their newest position still says which of the stream's events must be sealed.
     */
    public static ChainVerifier ofStream(String streamId, long sealedHorizon) {
        return new ChainVerifier(List.of(), sealedHorizon, streamId);
    }

    /** Checks the link at the next position; false once a break was found (later links are not read). */
    public boolean accept(Link link) {
        if (firstBreak != null) {
            return false;
        }
        if (link.position() <= lastPosition) {
            return fail(new Finding(Kind.REORDERED, link.position(), link.streamId(), null, null, null, null,
                    "position " + link.position() + " comes after position " + lastPosition));
        }
        closeCheckpointsBefore(link.position());
        if (firstBreak != null) {
            return false;
        }
        lastPosition = link.position();
        StoredEvent event = link.event();
        Seal seal = link.seal();
        if (event == null) {
            return fail(new Finding(Kind.MISSING, link.position(), seal.streamId(), seal.sequenceNumber(),
                    seal.eventIdentifier(), seal.hash(), null, "the event sealed at this position was removed"));
        }
        events++;
        String stream = event.aggregateIdentifier();
        long sequence = event.sequenceNumber();
        if (seal != null && !(seal.eventIdentifier().equals(event.eventIdentifier()) && seal.streamId().equals(stream)
                && seal.sequenceNumber() == sequence)) {
            return fail(finding(Kind.REORDERED, event, seal.hash(), null, "this position holds event "
                    + event.eventIdentifier() + " (" + stream + " #" + sequence + ") but was sealed for event "
                    + seal.eventIdentifier() + " (" + seal.streamId() + " #" + seal.sequenceNumber() + ")"));
        }
        Head head = heads.getOrDefault(stream, Head.GENESIS);
        long expectedSequence = head.sequenceNumber() + 1;
        if (sequence > expectedSequence) {
            return fail(new Finding(Kind.MISSING, link.position(), stream, expectedSequence, null, null, null,
                    "stream " + stream + " goes from #" + head.sequenceNumber() + " to #" + sequence
                            + ": the events in between were removed"));
        }
        if (sequence < expectedSequence) {
            return fail(finding(Kind.REORDERED, event, null, null, "stream " + stream + " has #" + sequence
                    + " after #" + head.sequenceNumber()));
        }
        Hash computed = Chain.link(head.hash(), event);
        if (seal == null) {
            if (link.position() <= sealedHorizon) {
                return fail(finding(Kind.SEAL_MISSING, event, null, computed,
                        "a checkpoint covers this position, yet the event has no seal: the seal was removed"));
            }
            unsealed++;
            if (firstUnsealed == null) {
                firstUnsealed = finding(Kind.UNSEALED, event, null, computed, "not sealed yet");
            }
            heads.put(stream, new Head(sequence, computed));
            return true;
        }
        if (!seal.previous().equals(head.hash())) {
            return fail(finding(Kind.ALTERED, event, head.hash(), seal.previous(),
                    "the seal does not link to the stream's previous event (#" + head.sequenceNumber() + ")"));
        }
        if (!computed.equals(seal.hash())) {
            return fail(finding(Kind.ALTERED, event, seal.hash(), computed, "the stored event differs from what was sealed"));
        }
        heads.put(stream, new Head(sequence, seal.hash()));
        digest.add(link.position(), seal.hash());
        return true;
    }

    /** Records a break found outside the chain (a malformed export line); the first break wins. */
    public void report(Finding finding) {
        fail(finding);
    }

    /** The verdict on everything accepted so far; checkpoints beyond the last link are checked now. */
    public Verdict verdict() {
        closeCheckpointsBefore(Long.MAX_VALUE);
        Verdict.Status status = firstBreak != null ? Verdict.Status.BROKEN
                : unsealed > 0 ? Verdict.Status.UNSEALED : Verdict.Status.OK;
        Hash head = streamId == null ? null : heads.getOrDefault(streamId, Head.GENESIS).hash();
        return new Verdict(status, events, heads.size(), unsealed, lastCheckpoint, nextCheckpoint, head, firstBreak,
                firstUnsealed);
    }

    private void closeCheckpointsBefore(long position) {
        while (firstBreak == null && nextCheckpoint < checkpoints.size()
                && checkpoints.get(nextCheckpoint).position() < position) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint);
            Hash previous = digest.previous();
            long count = digest.count();
            Hash found = digest.finish(checkpoint.position());
            if (checkpoint.number() != nextCheckpoint + 1) {
                fail(Finding.atCheckpoint(checkpoint, found, "checkpoint " + checkpoint.number() + " follows checkpoint "
                        + nextCheckpoint + ": checkpoints were removed or reordered"));
            } else if (!checkpoint.previous().equals(previous)) {
                fail(Finding.atCheckpoint(checkpoint, found, "checkpoint " + checkpoint.number()
                        + " does not link to the checkpoint before it"));
            } else if (count != checkpoint.eventCount() || !found.equals(checkpoint.hash())) {
                fail(Finding.atCheckpoint(checkpoint, found, "checkpoint " + checkpoint.number() + " covered "
                        + checkpoint.eventCount() + " sealed events up to position " + checkpoint.position() + "; "
                        + count + " are there now, and they hash differently: events were added, removed or reordered"));
            } else {
                lastCheckpoint = checkpoint;
                nextCheckpoint++;
                digest = Chain.checkpoint(checkpoint.hash());
            }
        }
    }

    private boolean fail(Finding finding) {
        if (firstBreak == null) {
            firstBreak = finding;
        }
        return false;
    }

    private static Finding finding(Kind kind, StoredEvent event, Hash expected, Hash found, String detail) {
        return new Finding(kind, event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                event.eventIdentifier(), expected, found, detail);
    }
}
