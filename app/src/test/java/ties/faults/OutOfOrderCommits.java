package ties.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ties.SeedJson;
import ties.command.web.CommandSender;
import ties.initiative.InitiativeFacts;
import ties.initiative.ProposeInitiative;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two proposals committed out of global order, as concurrent editors produce them: the first takes
 * the lower global position in a transaction that stays open while the second takes the next one and
 * commits; only then does the first commit. Processors see the second first and hold the first's
 * position as a gap until it arrives.
 */
public class OutOfOrderCommits {

    /** The two proposals' own global positions, as the event store holds them. */
    public record Positions(long first, long second) {
    }

    private final TransactionTemplate transactions;
    private final CommandSender commands;
    private final ObjectMapper json;
    private final JdbcTemplate database;

    public OutOfOrderCommits(TransactionTemplate transactions, CommandSender commands, ObjectMapper json,
                             JdbcTemplate database) {
        this.transactions = transactions;
        this.commands = commands;
        this.json = json;
        this.database = database;
    }

    /**
     * Proposes {@code first}, then {@code second}, committing the second first; {@code whileFirstIsOpen}
     * runs after the second has committed and before the first does.
     */
    public Positions propose(String first, String second, String proposer, Runnable whileFirstIsOpen) throws Exception {
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Void> firstCommit = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            commands.sendAs(proposal(first, "Joint naval exercises in the Arabian Sea", proposer), "editor", "out-of-order-1");
            firstAppended.countDown();
            try {
                if (!mayCommit.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the second proposal never committed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
        if (!firstAppended.await(30, TimeUnit.SECONDS)) {
            firstCommit.get(1, TimeUnit.SECONDS); // reports why the first proposal failed
        }
        try {
            commands.sendAs(proposal(second, "Intelligence sharing on border security", proposer), "editor", "out-of-order-2");
            whileFirstIsOpen.run();
        } finally {
            mayCommit.countDown();
            firstCommit.get(30, TimeUnit.SECONDS);
        }
        return new Positions(position(first), position(second));
    }

    /** The global position of a record's first event. */
    public long position(String recordId) {
        return database.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", Long.class, recordId);
    }

    private ProposeInitiative proposal(String id, String title, String proposer) {
        try {
            return new ProposeInitiative(id, json.readValue(SeedJson.initiative(title, "JOINT_EXERCISE", proposer,
                    "recently"), InitiativeFacts.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
