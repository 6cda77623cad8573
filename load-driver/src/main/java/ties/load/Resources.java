package ties.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU went during a measured window: the server's own figures from its actuator
 * ({@code process.cpu.time}, {@code jvm.gc.pause}, {@code jvm.gc.memory.allocated}), the driver's
 * process CPU time, and the whole machine's busy time from {@code /proc/stat} (which also shows load
 * from anything else running). Every figure is best effort: missing ones are left out.
 */
final class Resources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Double serverCpuNanos;
    private final Double gcCount;
    private final Double gcSeconds;
    private final Double allocatedBytes;
    private final long driverCpuNanos;
    private final long[] machineJiffies;
    private final long wallNanos;

    private Resources(Double serverCpuNanos, Double gcCount, Double gcSeconds, Double allocatedBytes, long driverCpuNanos,
                      long[] machineJiffies, long wallNanos) {
        this.serverCpuNanos = serverCpuNanos;
        this.gcCount = gcCount;
        this.gcSeconds = gcSeconds;
        this.allocatedBytes = allocatedBytes;
        this.driverCpuNanos = driverCpuNanos;
        this.machineJiffies = machineJiffies;
        this.wallNanos = wallNanos;
    }

    static Resources take(Target target) {
        long wall = System.nanoTime();
        long[] jiffies = machine();
        long driver = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            driver = os.getProcessCpuTime();
        }
        Double cpu = metric(target, "process.cpu.time", "COUNT");
        Double gcCount = metric(target, "jvm.gc.pause", "COUNT");
        Double gcSeconds = metric(target, "jvm.gc.pause", "TOTAL_TIME");
        Double allocated = metric(target, "jvm.gc.memory.allocated", "COUNT");
        return new Resources(cpu, gcCount, gcSeconds, allocated, driver, jiffies, wall);
    }

    /**
     * A measured window that opens at {@code from} (a {@link System#nanoTime()} in the future: the
     * first snapshot is taken then, by a thread of its own, while the scenario's load runs).
     */
    static Window window(Target target, long from) {
        return new Window(target, from);
    }

    static final class Window {
        private final Target target;
        private final Thread opening;
        private volatile Resources opened;

        private Window(Target target, long from) {
            this.target = target;
            this.opening = new Thread(() -> {
                LoadDriver.sleepUntil(from);
                opened = take(target);
            });
            opening.start();
        }

        /** Closes the window now: the differences since it opened, as JSON-ready fields. */
        Map<String, Object> close() throws InterruptedException {
            opening.join();
            return take(target).since(opened);
        }
    }

    /** The differences from {@code before} to this snapshot, as JSON-ready fields. */
    Map<String, Object> since(Resources before) {
        Map<String, Object> out = new LinkedHashMap<>();
        double wall = (wallNanos - before.wallNanos) / 1e9;
        out.put("window_s", Report.round(wall));
        int cores = Runtime.getRuntime().availableProcessors();
        out.put("cores", cores);
        if (serverCpuNanos != null && before.serverCpuNanos != null) {
            double s = (serverCpuNanos - before.serverCpuNanos) / 1e9;
            out.put("server_cpu_s", Report.round(s));
            out.put("server_cores_busy", Report.round(s / wall));
        }
        if (driverCpuNanos >= 0 && before.driverCpuNanos >= 0) {
            double d = (driverCpuNanos - before.driverCpuNanos) / 1e9;
            out.put("driver_cpu_s", Report.round(d));
            out.put("driver_cores_busy", Report.round(d / wall));
        }
        if (machineJiffies != null && before.machineJiffies != null) {
            long busy = machineJiffies[0] - before.machineJiffies[0];
            long total = machineJiffies[1] - before.machineJiffies[1];
            if (total > 0) {
                out.put("machine_busy_pct", Report.round(100.0 * busy / total));
            }
        }
        if (gcCount != null && before.gcCount != null) {
            out.put("server_gc_pauses", Math.round(gcCount - before.gcCount));
            out.put("server_gc_pause_s", Report.round(gcSeconds - before.gcSeconds));
        }
        if (allocatedBytes != null && before.allocatedBytes != null) {
            out.put("server_allocated_mb", Report.round((allocatedBytes - before.allocatedBytes) / 1048576.0));
        }
        return out;
    }

    static String describe(Map<String, Object> r) {
        return String.format("CPU over the window: server %s cores, driver %s cores, machine %s%% busy (of %s cores; "
                        + "the rest of 'busy' is other processes); server GC %s pauses, %s s; server allocated %s MB",
                r.getOrDefault("server_cores_busy", "?"), r.getOrDefault("driver_cores_busy", "?"),
                r.getOrDefault("machine_busy_pct", "?"), r.get("cores"), r.getOrDefault("server_gc_pauses", "?"),
                r.getOrDefault("server_gc_pause_s", "?"), r.getOrDefault("server_allocated_mb", "?"));
    }

    private static Double metric(Target target, String name, String statistic) {
        try {
            HttpConnection.Response r = target.operatorGet("/actuator/metrics/" + name);
            if (!r.ok()) {
                return null;
            }
            JsonNode measurements = JSON.readTree(r.body()).path("measurements");
            for (JsonNode m : measurements) {
                if (statistic.equals(m.path("statistic").asText())) {
                    return m.path("value").asDouble();
                }
            }
        } catch (Exception e) {
            // best effort
        }
        return null;
    }

    /** [busy, total] jiffies of all CPUs, or null off Linux. */
    private static long[] machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] parts = lines.get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < parts.length && i <= 8; i++) {
                total += Long.parseLong(parts[i]);
            }
            long idle = Long.parseLong(parts[4]) + Long.parseLong(parts[5]);
            return new long[] {total - idle, total};
        } catch (Exception e) {
            return null;
        }
    }
}
