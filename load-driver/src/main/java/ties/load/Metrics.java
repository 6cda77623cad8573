package ties.load;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Latencies of successful requests (HdrHistogram, microseconds) and failures counted by HTTP status or I/O error. */
final class Metrics {

    private static final long HIGHEST_MICROS = 3_600_000_000L;

    final String name;
    private final Histogram latency = new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();

    Metrics(String name) {
        this.name = name;
    }

    void ok(long nanos) {
        ok.increment();
        latency.recordValue(clamp(nanos));
    }

    /** A sample that is not a request (e.g. a projection lag): recorded like a success. */
    void sample(long nanos) {
        ok(nanos);
    }

    void failed(int status) {
        error(String.valueOf(status));
    }

    void failed(Exception e) {
        String kind = e instanceof ConnectException ? "connect-refused"
                : e instanceof SocketTimeoutException ? "timeout" : "io:" + e.getClass().getSimpleName();
        error(kind);
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long okCount() {
        return ok.sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> out = new TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    double percentileMillis(double percentile) {
        Histogram read = snapshot();
        return read.getTotalCount() == 0 ? Double.NaN : read.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        Histogram read = snapshot();
        return read.getTotalCount() == 0 ? Double.NaN : read.getMaxValue() / 1000.0;
    }

    double meanMillis() {
        Histogram read = snapshot();
        return read.getTotalCount() == 0 ? Double.NaN : read.getMean() / 1000.0;
    }

    /**
     * A copy to read: answers still arriving after a scenario's drain time keep recording, and iterating
     * the live histogram then fails (a lag report ended in ConcurrentModificationException).
     */
    private Histogram snapshot() {
        return latency.copy();
    }

    void addTo(Metrics total) {
        total.latency.add(latency);
        total.ok.add(ok.sum());
        errors.forEach((k, v) -> total.errors.computeIfAbsent(k, x -> new LongAdder()).add(v.sum()));
    }

    private static long clamp(long nanos) {
        return Math.max(1, Math.min(HIGHEST_MICROS, nanos / 1000));
    }
}
