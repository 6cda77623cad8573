package ties.audit.integrity;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.HexFormat;

/** A SHA-256 value, as lowercase hex (how the API, the export and the documentation show it). */
public record Hash(String hex) {

    private static final HexFormat HEX = HexFormat.of();

    /** The "previous hash" of every stream's first event and of the first checkpoint: 32 zero bytes. */
    public static final Hash GENESIS = of(new byte[32]);

    public Hash {
        if (hex == null || hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a SHA-256 hash is 64 lowercase hex digits, not " + hex);
        }
    }

    public static Hash of(byte[] bytes) {
        return new Hash(HEX.formatHex(bytes));
    }

    public byte[] bytes() {
        return HEX.parseHex(hex);
    }

    @JsonValue
    @Override
    public String toString() {
        return hex;
    }
}
