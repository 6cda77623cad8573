package ties.app.operations;

import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Shares the segments of each read model's processor fairly between the query-side nodes that share
 * a token store. Axon's tracking processors claim whatever segment is free, so the first node to
 * start would keep them all; here every node announces itself, and a node holding more than its
 * share releases the surplus for a while, which lets an idle node claim it. When a node dies its
 * claims expire and the survivors (each runs enough threads for every segment) take them over.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final Duration nodeTimeout;
    private final Clock clock = Clock.systemUTC();
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    SegmentBalancer(EventProcessingConfiguration processing, EntityManager entityManager, TransactionTemplate transactions,
                    @Value("${ties.processing.balance-interval:2s}") Duration interval,
                    @Value("${ties.processing.node-timeout:10s}") Duration nodeTimeout) {
        this.processing = processing;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.interval = interval;
        this.nodeTimeout = nodeTimeout;
    }

    @Scheduled(fixedDelayString = "${ties.processing.balance-interval:2s}", initialDelayString = "${ties.processing.balance-interval:2s}")
    void balance() {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        if (processors.isEmpty()) {
            return;
        }
        long liveNodes = transactions.execute(status -> announceAndCount());
        for (StreamingEventProcessor processor : processors) {
            long segments = segmentCount(processor.getName());
            long share = (segments + liveNodes - 1) / Math.max(liveNodes, 1);
            List<Integer> mine = processor.processingStatus().keySet().stream().sorted().toList();
            for (int i = (int) share; i < mine.size(); i++) {
                log.info("Releasing segment {} of {} to another node ({} segments, {} nodes)", mine.get(i),
                        processor.getName(), segments, liveNodes);
                processor.releaseSegment(mine.get(i), interval.toMillis() * 3, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
    }

    private long announceAndCount() {
        Instant now = clock.instant();
        ProcessingNode me = entityManager.find(ProcessingNode.class, nodeId);
        if (me == null) {
            entityManager.persist(new ProcessingNode(nodeId, now));
        } else {
            me.seen(now);
        }
        entityManager.createQuery("delete from ProcessingNode n where n.lastSeen < :expired")
                .setParameter("expired", now.minus(nodeTimeout.multipliedBy(6))).executeUpdate();
        return entityManager.createQuery("select count(n) from ProcessingNode n where n.lastSeen >= :alive", Long.class)
                .setParameter("alive", now.minus(nodeTimeout)).getSingleResult();
    }

    private long segmentCount(String processorName) {
        return transactions.execute(status -> entityManager
                .createQuery("select count(t) from TokenEntry t where t.processorName = :name", Long.class)
                .setParameter("name", processorName).getSingleResult());
    }
}
