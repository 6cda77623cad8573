package ties.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import ties.command.web.CommandSender;

/** The command side: aggregates, the record directory and the command API. The app imports it per role. */
@Configuration
@ComponentScan
public class CommandSide {

    private final boolean cacheAggregates;

    /**
     * Aggregates stay in memory between commands instead of being replayed from their events each
     * time (an initiative's stream only grows). Safe only where one node handles every command of an
     * aggregate for good: all in one JVM. Command nodes sharing a database turn it off (profile
     * {@code command}), and so does Axon Server (profile {@code axonserver}), whose routing moves
     * aggregates between nodes as they join and leave: a node would decide on a copy another node has
     * moved past, and the append would then fail.
     */
    CommandSide(@Value("${ties.command-side.aggregate-cache:true}") boolean cacheAggregates) {
        this.cacheAggregates = cacheAggregates;
    }

    // One cache per kind of record: a cache is keyed by id alone, and a command naming an actor's id as
    // a statement must meet "no such statement", not the cached actor.
    @Bean
    Cache actorCache() {
        return aggregateCache();
    }

    @Bean
    Cache visitCache() {
        return aggregateCache();
    }

    @Bean
    Cache statementCache() {
        return aggregateCache();
    }

    @Bean
    Cache initiativeCache() {
        return aggregateCache();
    }

    @Bean
    Cache agreementCache() {
        return aggregateCache();
    }

    @Bean
    Cache engagementCache() {
        return aggregateCache();
    }

    @Bean
    Cache obstacleCache() {
        return aggregateCache();
    }

    private Cache aggregateCache() {
        return cacheAggregates ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    /** Correlation and causation ids on every message. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Who recorded a command and the client's request id travel onto every event it causes. */
    @Bean
    CorrelationDataProvider recorderProvider() {
        return new SimpleCorrelationDataProvider(CommandSender.RECORDED_BY, CommandSender.REQUEST_ID);
    }
}
