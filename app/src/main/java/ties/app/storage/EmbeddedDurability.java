package ties.app.storage;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Makes an acknowledged command survive a crash of the embedded H2 store.
 *
 * <p>H2 (MVStore) commits in memory and writes committed transactions to its file from a background
 * thread up to {@code WRITE_DELAY} (500 ms) later: a kill -9 in that window loses commands that were
 * already answered. {@code WRITE_DELAY=0} writes each commit at once but also stops the background
 * thread that compacts the file, which then grew by ~200 KB per event. Instead, every command
 * writes the store itself after its transaction commits and before it is answered ({@code CHECKPOINT},
 * or {@code CHECKPOINT SYNC} to also force it to disk), while H2's background thread keeps compacting.
 * Concurrent commands share a write ({@link SharedWrites}): a command waits for a write that began
 * after its commit, and one write serves all the commands that committed before it began.
 * Read-model transactions are still written by the background thread; a crash loses at most their
 * progress, which the processors redo from the events. Measurements and the choice: docs/durability.md.
 *
 * <p>{@code ties.storage.embedded-commit}: {@code sync} (default: written and forced to disk before
 * the answer; survives a crash of the machine), {@code write} (written to the operating system
 * before the answer; survives a kill of the service, not a power cut), {@code deferred} (H2 alone:
 * up to {@code WRITE_DELAY} of answered commands lost on a crash). Not used on other databases.
 * {@code ties.storage.embedded-commit-delay}: how long a write may wait for commands still being
 * handled to join it ({@link SharedWrites}).
 *
 * <p>This class registers its interceptor itself and is not a {@code MessageHandlerInterceptor} bean:
 * Axon's Spring Boot auto-configuration registers every such bean with the command bus, which made
 * every command on PostgreSQL send a {@code CHECKPOINT SYNC} that failed there (a rolled-back
 * statement per command, issue 15) and every command on H2 force the file to disk twice.
 */
@Configuration
class EmbeddedDurability {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDurability.class);

    enum Commit {
        SYNC("CHECKPOINT SYNC"), WRITE("CHECKPOINT"), DEFERRED(null);

        final String statement;

        Commit(String statement) {
            this.statement = statement;
        }
    }

    private final JdbcTemplate jdbc;
    private final Commit commit;
    private final SharedWrites writes;

    EmbeddedDurability(JdbcTemplate jdbc, @Value("${ties.storage.embedded-commit:sync}") String commit,
                       @Value("${ties.storage.embedded-commit-delay:2ms}") Duration delay) {
        this.jdbc = jdbc;
        this.commit = Commit.valueOf(commit.trim().toUpperCase(java.util.Locale.ROOT));
        this.writes = new SharedWrites(() -> jdbc.execute(this.commit.statement), delay);
    }

    @Autowired
    void register(ObjectProvider<CommandBus> commandBus) {
        String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
        if (commit.statement == null || url == null || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        commandBus.ifAvailable(bus -> {
            bus.registerHandlerInterceptor(this::handle);
            log.info("Embedded store: every command is written{} before it is answered ({})",
                    commit == Commit.SYNC ? " and forced to disk" : " to the file", commit.statement);
        });
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        // After commit, so that the write includes this command's events; still before the caller hears back.
        writes.started();
        unitOfWork.afterCommit(committed -> writes.committed());
        unitOfWork.onRollback(rolledBack -> writes.abandoned());
        return chain.proceed();
    }
}
