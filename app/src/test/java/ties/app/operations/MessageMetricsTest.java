package ties.app.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's message metrics, the same meters as axon-micrometer publishes, registered once per payload type. */
class MessageMetricsTest {

    record PatrolProposed(String initiativeId) {
    }

    record StatementQuoted(String statementId) {
    }

    record BoardPage(String party) {
    }

    static Stream<Arguments> components() {
        return Stream.of(
                Arguments.of(TrackingEventProcessor.class, "initiative-board", events()),
                Arguments.of(EventBus.class, "eventStore", events()),
                Arguments.of(CommandBus.class, "commandBus", List.of(
                        new GenericCommandMessage<>(new PatrolProposed("iran-pakistan-joint-patrol")),
                        new GenericCommandMessage<>(new StatementQuoted("asim-munir-tehran-visit")))),
                Arguments.of(QueryBus.class, "queryBus", List.of(
                        new GenericQueryMessage<>(new BoardPage("PK"), ResponseTypes.instanceOf(String.class)))));
    }

    private static List<Message<?>> events() {
        return List.of(GenericEventMessage.asEventMessage(new PatrolProposed("iran-pakistan-joint-patrol")),
                GenericEventMessage.asEventMessage(new StatementQuoted("asim-munir-tehran-visit")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("components")
    void publishes_the_meters_axon_publishes_with_the_same_counts(Class<?> type, String name, List<Message<?>> messages) {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();
        @SuppressWarnings("unchecked")
        MessageMonitor<Message<?>> axon = (MessageMonitor<Message<?>>)
                new GlobalMetricRegistry(axons).registerComponentWithDefaultTags(type, name);
        MessageMonitor<Message<?>> ties = new MessageMetrics(new GlobalMetricRegistry(ours)).monitor(type, name);

        for (MessageMonitor<Message<?>> monitor : List.of(axon, ties)) {
            for (Message<?> message : messages) {
                monitor.onMessageIngested(message).reportSuccess();
                monitor.onMessageIngested(message).reportSuccess();
                monitor.onMessageIngested(message).reportFailure(new IllegalStateException("store unavailable"));
                monitor.onMessageIngested(message).reportIgnored();
            }
        }

        assertThat(counts(ours)).isEqualTo(counts(axons)).isNotEmpty();
        assertThat(ours.getMeters()).hasSize(axons.getMeters().size());
    }

    @Test
    void capacity_is_the_handling_time_of_the_last_ten_minutes_and_latency_the_events_not_yet_handled() {
        MockClock clock = new MockClock();
        SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<Message<?>> monitor = new MessageMetrics(new GlobalMetricRegistry(registry), clock)
                .monitor(TrackingEventProcessor.class, "timeline");
        Instant published = Instant.parse("2025-01-15T09:00:00Z");
        EventMessage<?> first = event(published);
        EventMessage<?> second = event(published.plusSeconds(5));

        MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(first);
        clock.add(Duration.ofSeconds(30));
        handling.reportSuccess();
        MessageMonitor.MonitorCallback waiting = monitor.onMessageIngested(second);

        assertThat(gauge(registry, "eventProcessor.capacity")).isEqualTo(30.0 / 600);
        assertThat(gauge(registry, "eventProcessor.latency")).isEqualTo(5_000);

        clock.add(Duration.ofSeconds(30));
        waiting.reportIgnored();
        assertThat(gauge(registry, "eventProcessor.capacity")).isEqualTo(60.0 / 600);
        assertThat(gauge(registry, "eventProcessor.latency")).isZero();

        clock.add(Duration.ofMinutes(10));
        assertThat(gauge(registry, "eventProcessor.capacity")).isZero();
    }

    private static EventMessage<?> event(Instant published) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), new PatrolProposed("iran-pakistan-joint-patrol"),
                Map.of(), published);
    }

    private static double gauge(MeterRegistry registry, String name) {
        return registry.get(name).tag("processorName", "timeline").gauge().value();
    }

    /** Every meter's name, tags and type, with its count (counters, timers) or its presence (gauges). */
    private static Map<String, Long> counts(MeterRegistry registry) {
        Map<String, Long> counts = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            long count = meter instanceof Counter counter ? (long) counter.count()
                    : meter instanceof Timer timer ? timer.count() : -1;
            counts.put(meter.getId().getType() + " " + meter.getId().getName() + meter.getId().getTags(), count);
        }
        return counts;
    }
}
