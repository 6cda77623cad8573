package ties.fact;

/**
 * Numbers written at a fixed width, as ISO dates and sortable keys need them. {@code String.format}
 * parses its format on every call; dates and sort keys are written for every event by the command
 * side and every read model, where that parsing was a measurable share of the CPU (docs/benchmarks.md).
 */
public final class Numerals {

    private Numerals() {
    }

    /** What {@code String.format("%0<width>d", value)} gives: the sign, then zeros up to {@code width} characters. */
    public static String zeroPadded(long value, int width) {
        String written = Long.toString(value);
        String sign = value < 0 ? "-" : "";
        String digits = written.substring(sign.length());
        return sign + "0".repeat(Math.max(0, width - written.length())) + digits;
    }
}
