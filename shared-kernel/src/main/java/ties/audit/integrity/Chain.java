package ties.audit.integrity;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hash functions of the chain. SHA-256 throughout; docs/integrity.md states the same recipe. */
public final class Chain {

    private Chain() {
    }

    /** An event's hash: SHA-256 over its stream's previous hash (32 bytes) and its canonical stored form. */
    public static Hash link(Hash previous, StoredEvent event) {
        MessageDigest digest = sha256();
        digest.update(previous.bytes());
        digest.update(event.canonicalForm());
        return Hash.of(digest.digest());
    }

    /** Starts the hash of the checkpoint that follows the one whose hash is {@code previous}. */
    public static CheckpointDigest checkpoint(Hash previous) {
        return new CheckpointDigest(previous);
    }

    /**
     * A checkpoint's hash, fed event by event in global order: SHA-256 over the previous checkpoint's
     * hash, then each event's position (8 bytes) and hash (32 bytes), then the checkpoint's position
     * and event count (8 bytes each).
     */
    public static final class CheckpointDigest {
        private final MessageDigest digest = sha256();
        private final Hash previous;
        private long count;
        private long lastPosition = -1;

        private CheckpointDigest(Hash previous) {
            this.previous = previous;
            digest.update(previous.bytes());
        }

        public void add(long position, Hash eventHash) {
            digest.update(ByteBuffer.allocate(8).putLong(position).array());
            digest.update(eventHash.bytes());
            count++;
            lastPosition = position;
        }

        public long count() {
            return count;
        }

        /** The position of the last event added, -1 when none was. */
        public long lastPosition() {
            return lastPosition;
        }

        public Hash previous() {
            return previous;
        }

        /** The hash of a checkpoint at {@code position}; the digest is spent afterwards. */
        public Hash finish(long position) {
            digest.update(ByteBuffer.allocate(16).putLong(position).putLong(count).array());
            return Hash.of(digest.digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
