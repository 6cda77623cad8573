package ties.record;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs from one {@link SecureRandom} per thread. {@link UUID#randomUUID()} draws
 * from a single generator that every thread locks in turn: under eight clients the request threads
 * spent about six seconds a minute waiting for it (JFR, issue 15), and every message and event Axon
 * creates takes an id the same way. The per-thread generators are DRBG ones (NIST SP 800-90A), each
 * seeded from the platform's entropy: the platform's default on Linux, NativePRNG, would not do, as
 * all its instances share one locked source. The ids are as unpredictable and as unlikely to collide.
 */
public final class RandomUuids {

    private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(RandomUuids::generator);

    private RandomUuids() {
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime since 9 provides DRBG", e);
        }
    }

    /** A new random UUID, as {@link UUID#randomUUID()} makes it. */
    public static UUID next() {
        byte[] bytes = new byte[16];
        GENERATORS.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }
}
