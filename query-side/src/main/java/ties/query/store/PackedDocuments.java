package ties.query.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Read-model documents as {@code read_model_row.packed} keeps them: a format byte, then the JSON text
 * deflated against a preset dictionary.
 *
 * <p>Why: four documents per created initiative held three times the bytes of its event, and neither
 * store compresses them (PostgreSQL compresses a value only in rows over 2 kB; issue 15). Alone, each
 * document is too short for deflate to find much to repeat; what repeats is across documents, the field
 * names and the enum values. The dictionary ({@code documents-1.dict}) holds those: it was made once
 * from the demo scenario's documents of every model with each string emptied (enum constants kept) and
 * numbers zeroed, so it carries no reported content. It is frozen: a row packed against it must stay
 * readable, so a better dictionary would come as format 2 beside it.
 */
public final class PackedDocuments {

    /** Raw deflate (no zlib header or checksum: the row is the unit) against {@code documents-1.dict}. */
    private static final byte FORMAT_1 = 1;
    private static final byte[] DICTIONARY_1 = resource("documents-1.dict");

    // Each holds native buffers that cost more to make than to use, so every thread keeps its own.
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private PackedDocuments() {
    }

    static byte[] pack(String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setDictionary(DICTIONARY_1);
        deflater.setInput(text);
        deflater.finish();
        byte[] packed = new byte[text.length + 64];
        packed[0] = FORMAT_1;
        int length = 1;
        while (!deflater.finished()) {
            if (length == packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            length += deflater.deflate(packed, length, packed.length - length);
        }
        return Arrays.copyOf(packed, length);
    }

    /** The JSON text of a packed document; public for what reads rows directly (tests, tools). */
    public static String unpack(byte[] packed) {
        if (packed.length == 0 || packed[0] != FORMAT_1) {
            throw new IllegalStateException("a read-model document packed in an unknown format ("
                    + (packed.length == 0 ? "empty" : "format " + packed[0]) + ")");
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setDictionary(DICTIONARY_1);
        inflater.setInput(packed, 1, packed.length - 1);
        byte[] text = new byte[Math.max(256, packed.length * 4)];
        int length = 0;
        try {
            while (!inflater.finished()) {
                if (length == text.length) {
                    text = Arrays.copyOf(text, text.length * 2);
                }
                int inflated = inflater.inflate(text, length, text.length - length);
                if (inflated == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a packed read-model document ends before its last block");
                }
                length += inflated;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed read-model document is corrupt", e);
        }
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PackedDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
