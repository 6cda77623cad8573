package ties.audit.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An event as Axon's JPA storage holds it: the columns of one {@code domain_event_entry} row, bytes as
 * stored. Its {@link #canonicalForm()} is what the chain hashes, so any change to any column shows.
 * (Arrays make {@code equals} compare identity; nothing here relies on it.)
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                          String timeStamp) {

    /** Names the encoding, so that a later change of it cannot be mistaken for this one. */
    static final String FORM = "ties.integrity.event.v1";

    /**
     * Every column in a fixed order, each as a presence byte (0 for SQL null, 1 otherwise) followed
     * by, for a present value, a 4-byte big-endian length and the bytes (text as UTF-8, numbers as
     * 8-byte big-endian): no two different rows encode alike.
     */
    public byte[] canonicalForm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(payload) + length(metaData));
        field(out, text(FORM));
        field(out, number(globalIndex));
        field(out, text(eventIdentifier));
        field(out, text(aggregateIdentifier));
        field(out, number(sequenceNumber));
        field(out, text(type));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, payload);
        field(out, metaData);
        field(out, text(timeStamp));
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            out.write(0);
            return;
        }
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] number(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
