package ties.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ties.command.CommandSide;
import ties.query.QuerySide;

/**
 * One jar, three roles: both sides in one JVM (default), or the command side or query side alone
 * (profiles {@code command} and {@code query}). The sides meet only through Axon's buses and the
 * event store, so splitting them changes configuration, not code.
 */
@Configuration
public class Roles {

    @Configuration
    @ConditionalOnProperty(name = "ties.command-side.enabled", havingValue = "true", matchIfMissing = true)
    @Import(CommandSide.class)
    static class CommandRole {
    }

    @Configuration
    @ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
    @Import(QuerySide.class)
    static class QueryRole {
    }
}
