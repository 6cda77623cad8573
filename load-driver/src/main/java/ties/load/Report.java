package ties.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario's result: human-readable lines as they are added, and at the end one JSON line (fields in
 * insertion order) for scripts.
 */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final PrintStream out;

    Report(String scenario, PrintStream out) {
        this.out = out;
        fields.put("scenario", scenario);
    }

    Report put(String key, Object value) {
        fields.put(key, normalise(value));
        return this;
    }

    /** The fields every open-loop scenario reports: rate, window, throughput, latency, backlog, resources. */
    Report putOpenLoop(double rate, OpenLoop.Result result, double achieved, Metrics overall, Metrics service,
                       Map<String, Object> resources) {
        return put("rate", rate).put("duration_s", result.measuredSeconds()).put("throughput", achieved)
                .put("scheduled", result.measuredScheduled())
                .put("p50_ms", overall.percentileMillis(50)).put("p90_ms", overall.percentileMillis(90))
                .put("p99_ms", overall.percentileMillis(99)).put("max_ms", overall.maxMillis())
                .put("count", overall.okCount()).put("errors", overall.errors())
                .put("service", latency(service)).put("max_backlog", result.maxBacklog())
                .put("unfinished", result.unfinished()).put("driver_task_failures", result.taskFailures())
                .put("resources", resources);
    }

    void line(String format, Object... args) {
        out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }

    /** The latency summary of one histogram, as a map for the JSON and a line for people. */
    static Map<String, Object> latency(Metrics m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", m.okCount());
        map.put("p50_ms", round(m.percentileMillis(50)));
        map.put("p90_ms", round(m.percentileMillis(90)));
        map.put("p99_ms", round(m.percentileMillis(99)));
        map.put("p999_ms", round(m.percentileMillis(99.9)));
        map.put("max_ms", round(m.maxMillis()));
        map.put("mean_ms", round(m.meanMillis()));
        map.put("errors", m.errors());
        return map;
    }

    static String latencyLine(Metrics m) {
        return String.format(Locale.ROOT, "%-28s n=%-8d p50=%8.2f ms  p90=%8.2f ms  p99=%8.2f ms  p99.9=%8.2f ms  max=%8.2f ms  errors=%s",
                m.name, m.okCount(), m.percentileMillis(50), m.percentileMillis(90), m.percentileMillis(99),
                m.percentileMillis(99.9), m.maxMillis(), m.errors().isEmpty() ? "0" : m.errors());
    }

    /** Prints the JSON line; it is always the last line the driver writes to standard output. */
    void finish() {
        try {
            out.println(JSON.writeValueAsString(fields));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    static Object round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(value >= 100 ? 1 : 3, RoundingMode.HALF_UP);
    }

    private static Object normalise(Object value) {
        if (value instanceof Double d) {
            return round(d);
        }
        return value;
    }
}
