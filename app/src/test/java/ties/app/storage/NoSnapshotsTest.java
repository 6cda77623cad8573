package ties.app.storage;

import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IndexedEventStorage} skips Axon's snapshot lookup before each aggregate load: that holds only
 * while no aggregate takes snapshots.
 */
class NoSnapshotsTest {

    @Test
    void noAggregateTakesSnapshots() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        Map<String, String> triggers = scanner.findCandidateComponents("ties").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toMap(name -> name, NoSnapshotsTest::snapshotTrigger));

        assertThat(triggers).containsKeys("ties.command.initiative.Initiative", "ties.command.actor.Actor",
                "ties.command.visit.Visit", "ties.command.engagement.Engagement");
        assertThat(triggers).as("snapshot triggers (remove IndexedEventStorage.readSnapshot before adding one)")
                .allSatisfy((aggregate, trigger) -> assertThat(trigger).isEmpty());
    }

    private static String snapshotTrigger(String className) {
        try {
            return Class.forName(className).getAnnotation(Aggregate.class).snapshotTriggerDefinition();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
