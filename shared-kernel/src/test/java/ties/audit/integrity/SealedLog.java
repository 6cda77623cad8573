package ties.audit.integrity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small store in memory, sealed and checkpointed as the service does it: the fixture of the pure tests. */
final class SealedLog {

    final List<Link> links = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Map<String, Hash> heads = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Chain.CheckpointDigest digest = Chain.checkpoint(Hash.GENESIS);

    /** Appends an event to a stream and seals it. */
    SealedLog append(String stream, String payloadJson) {
        long position = links.size() + 1;
        long sequence = sequences.merge(stream, 0L, (a, b) -> a + 1);
        StoredEvent event = event(position, stream, sequence, payloadJson);
        Hash previous = heads.getOrDefault(stream, Hash.GENESIS);
        Hash hash = Chain.link(previous, event);
        heads.put(stream, hash);
        links.add(new Link(position, event, new Seal(position, stream, sequence, event.eventIdentifier(), previous, hash)));
        digest.add(position, hash);
        return this;
    }

    /** Appends an event without a seal, as a node that does not seal would. */
    SealedLog appendUnsealed(String stream, String payloadJson) {
        long position = links.size() + 1;
        long sequence = sequences.merge(stream, 0L, (a, b) -> a + 1);
        links.add(new Link(position, event(position, stream, sequence, payloadJson), null));
        return this;
    }

    SealedLog checkpoint() {
        long position = links.size();
        Hash previous = digest.previous();
        long count = digest.count();
        Checkpoint checkpoint = new Checkpoint(checkpoints.size() + 1, position, count, previous, digest.finish(position),
                Instant.parse("2025-01-15T12:00:00Z"));
        checkpoints.add(checkpoint);
        digest = Chain.checkpoint(checkpoint.hash());
        return this;
    }

    /** Replaces the link at a position (1-based), as someone editing the database would. */
    void replace(long position, Link link) {
        links.set((int) position - 1, link);
    }

    Link at(long position) {
        return links.get((int) position - 1);
    }

    Verdict verifyStore() {
        return verify(ChainVerifier.ofStore(checkpoints), links);
    }

    static Verdict verify(ChainVerifier verifier, List<Link> links) {
        for (Link link : links) {
            if (!verifier.accept(link)) {
                break;
            }
        }
        return verifier.verdict();
    }

    static StoredEvent event(long position, String stream, long sequence, String payloadJson) {
        return new StoredEvent(position, "event-" + position, stream, sequence, "Initiative", "ties.initiative.InitiativeProposed",
                null, payloadJson.getBytes(StandardCharsets.UTF_8),
                "{\"recordedBy\":\"editor\"}".getBytes(StandardCharsets.UTF_8), "2025-01-15T10:00:0" + (position % 10) + "Z");
    }

    static StoredEvent withPayload(StoredEvent e, String payloadJson) {
        return new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                e.payloadType(), e.payloadRevision(), payloadJson.getBytes(StandardCharsets.UTF_8), e.metaData(), e.timeStamp());
    }

    static StoredEvent withSequence(StoredEvent e, long sequence) {
        return new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), sequence, e.type(),
                e.payloadType(), e.payloadRevision(), e.payload(), e.metaData(), e.timeStamp());
    }
}
