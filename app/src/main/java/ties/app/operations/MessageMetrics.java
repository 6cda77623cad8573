package ties.app.operations;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Axon's message metrics as axon-micrometer's dimensional registration publishes them (the same meter
 * names, tags and percentiles: timers, counters, capacity and, for event processors, latency), with
 * each component's meters registered once per payload type. Axon's own monitors build and look up
 * every meter (four timers, five counters, one or two gauges) for every message, and keep every
 * handling time of the last ten minutes in a skip list for the capacity gauge: 6.1 % of the service's
 * CPU samples under load on PostgreSQL, against 1.4 % for these (docs/benchmarks.md, issue 15, ninth pass).
 *
 * <p>Replaces Axon's {@link MetricsConfigurerModule} bean (which Axon's auto-configuration creates only
 * when none exists); with {@code axon.metrics.micrometer.dimensional=false} Axon's own is used.
 */
@Component
@ConditionalOnProperty(name = "axon.metrics.micrometer.dimensional", havingValue = "true")
class MessageMetrics extends MetricsConfigurerModule {

    private static final Duration CAPACITY_WINDOW = Duration.ofMinutes(10);

    private final MeterRegistry registry;
    private final Clock clock;

    @Autowired
    MessageMetrics(GlobalMetricRegistry global) {
        this(global, Clock.SYSTEM);
    }

    MessageMetrics(GlobalMetricRegistry global, Clock clock) {
        super(global, true);
        this.registry = global.getRegistry();
        this.clock = clock;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> this::monitor);
    }

    /** The monitor of one component, as {@code GlobalMetricRegistry.registerComponentWithDefaultTags} builds it. */
    MessageMonitor<Message<?>> monitor(Class<?> componentType, String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return new Monitor("eventProcessor", Tags.of(TagsUtil.PROCESSOR_NAME_TAG, componentName), true, true, true);
        }
        if (CommandBus.class.isAssignableFrom(componentType) || QueryBus.class.isAssignableFrom(componentType)
                || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return new Monitor(componentName, Tags.empty(), true, true, false);
        }
        if (EventBus.class.isAssignableFrom(componentType)) {
            // Axon counts an event bus's messages without the payload type (only its timers carry it).
            return new Monitor(componentName, Tags.empty(), false, false, false);
        }
        return NoOpMessageMonitor.instance();
    }

    /** A component's meters, per payload type; a processor's latency, one for the processor. */
    private final class Monitor implements MessageMonitor<Message<?>> {

        private final String prefix;
        private final Tags componentTags;
        private final boolean countsByType;
        private final boolean capacity;
        private final boolean latency;
        private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();
        // Axon's latency gauge: the newest event received less the newest handled, one pair per processor.
        private final AtomicLong lastReceived = new AtomicLong(-1);
        private final AtomicLong lastProcessed = new AtomicLong(-1);

        Monitor(String prefix, Tags componentTags, boolean countsByType, boolean capacity, boolean latency) {
            this.prefix = prefix;
            this.componentTags = componentTags;
            this.countsByType = countsByType;
            this.capacity = capacity;
            this.latency = latency;
            if (latency) {
                Gauge.builder(prefix + ".latency", this, Monitor::latency).tags(componentTags).strongReference(true)
                        .register(registry);
            }
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            if (message == null) {
                return NoOpMessageMonitorCallback.INSTANCE;
            }
            Meters meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::register);
            long timestamp = latency && message instanceof EventMessage<?> event ? event.getTimestamp().toEpochMilli() : -1;
            if (timestamp >= 0) {
                lastReceived.accumulateAndGet(timestamp, Math::max);
            }
            meters.ingested.increment();
            long start = clock.monotonicTime();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    handled(meters.success, meters.successCount, true);
                }

                @Override
                public void reportFailure(Throwable cause) {
                    handled(meters.failure, meters.failureCount, true);
                }

                @Override
                public void reportIgnored() {
                    handled(meters.ignored, meters.ignoredCount, false);
                }

                /** Axon's accounting: every outcome timed twice (all, its own), counted once; ignored is not processed. */
                private void handled(Timer outcome, Counter outcomeCount, boolean processed) {
                    long took = clock.monotonicTime() - start;
                    meters.all.record(took, TimeUnit.NANOSECONDS);
                    outcome.record(took, TimeUnit.NANOSECONDS);
                    outcomeCount.increment();
                    if (processed) {
                        meters.processedCount.increment();
                    }
                    if (meters.busy != null) {
                        meters.busy.add(took);
                    }
                    if (timestamp >= 0) {
                        lastProcessed.accumulateAndGet(timestamp, Math::max);
                    }
                }
            };
        }

        private Meters register(Class<?> payloadType) {
            Tags tags = componentTags.and(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName());
            Busy busy = capacity ? new Busy(clock) : null;
            if (busy != null) {
                Gauge.builder(prefix + ".capacity", busy, Busy::capacity).tags(tags).strongReference(true).register(registry);
            }
            Tags counted = countsByType ? tags : componentTags;
            return new Meters(timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                    timer("ignoredTimer", tags), counter(".ingestedCounter", counted), counter(".successCounter", counted),
                    counter(".failureCounter", counted), counter(".processedCounter", counted),
                    counter(".ignoredCounter", counted), busy);
        }

        private double latency() {
            long received = lastReceived.get();
            long processed = lastProcessed.get();
            return received == -1 || processed == -1 ? 0 : received - processed;
        }

        private Timer timer(String name, Tags tags) {
            return Timer.builder(prefix + "." + name)
                    .distributionStatisticExpiry(CAPACITY_WINDOW)
                    .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                    .tags(tags)
                    .register(registry);
        }

        private Counter counter(String suffix, Tags tags) {
            return registry.counter(prefix + suffix, tags);
        }
    }

    private record Meters(Timer all, Timer success, Timer failure, Timer ignored, Counter ingested,
                          Counter successCount, Counter failureCount, Counter processedCount, Counter ignoredCount,
                          Busy busy) {
    }

    /**
     * Handling time in the last ten minutes ÷ ten minutes (Axon's capacity), summed per second in a ring
     * rather than kept per message.
     */
    static final class Busy {

        private static final int SECONDS = (int) CAPACITY_WINDOW.toSeconds();

        private final Clock clock;
        private final long[] second = new long[SECONDS];
        private final long[] nanos = new long[SECONDS];

        Busy(Clock clock) {
            this.clock = clock;
        }

        synchronized void add(long took) {
            long now = TimeUnit.MILLISECONDS.toSeconds(clock.wallTime());
            int slot = (int) (now % SECONDS);
            if (second[slot] != now) {
                second[slot] = now;
                nanos[slot] = 0;
            }
            nanos[slot] += took;
        }

        synchronized double capacity() {
            long now = TimeUnit.MILLISECONDS.toSeconds(clock.wallTime());
            long total = 0;
            for (int slot = 0; slot < SECONDS; slot++) {
                if (now - second[slot] < SECONDS) {
                    total += nanos[slot];
                }
            }
            return (double) total / CAPACITY_WINDOW.toNanos();
        }
    }
}
