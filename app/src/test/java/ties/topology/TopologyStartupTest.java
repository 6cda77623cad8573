package ties.topology;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.ProcessRetriesExhaustedException;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ties.TiesApplication;
import ties.app.integrity.IntegrityApi;
import ties.command.web.CommandSender;
import ties.postgres.PostgresAvailability;
import ties.query.web.CatchUp;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every topology of the README's table (and of docker-compose.yml) assembles: the real application
 * context of each profile combination is refreshed and started, so a missing bean, two beans where
 * one is injected, or a bean a condition left out fails here instead of at an operator's start-up.
 *
 * <p>No Axon Server runs here: the {@code axonserver} combinations point the connector at a port
 * nothing listens on. The connector connects in the background and retries
 * ({@code AxonServerConnectionManager} opens a connection only when a channel is first used), so the
 * context assembles as it would while Axon Server is still starting. The {@code postgres}
 * combinations use the test PostgreSQL, in a fresh schema of this run.
 */
@DisplayName("Every documented topology assembles and starts")
class TopologyStartupTest {

    /** The README's topology table; docker-compose runs the three {@code AXON_SERVER_*} ones. */
    enum Topology {
        EMBEDDED(),
        COMMAND("command"),
        QUERY("query"),
        OIDC("oidc"),
        POSTGRES("postgres"),
        POSTGRES_COMMAND("postgres", "command"),
        POSTGRES_QUERY("postgres", "query"),
        AXON_SERVER("postgres", "axonserver"),
        AXON_SERVER_COMMAND("postgres", "axonserver", "command"),
        AXON_SERVER_QUERY("postgres", "axonserver", "query");

        final List<String> profiles;

        Topology(String... profiles) {
            this.profiles = List.of(profiles);
        }

        boolean has(String profile) {
            return profiles.contains(profile);
        }
    }

    private static final String SCHEMA = "ties_topology_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static boolean schemaCreated;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Topology.class)
    void assembles_and_starts(Topology topology) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TiesApplication.class)
                .profiles(topology.profiles.toArray(String[]::new))
                .run(arguments(topology))) {

            boolean commandSide = !topology.has("query");
            boolean querySide = !topology.has("command");
            assertThat(context.getBeanNamesForType(CommandSender.class)).hasSize(commandSide ? 1 : 0);
            assertThat(context.getBeanNamesForType(CatchUp.class)).hasSize(querySide ? 1 : 0);
            // Auditors' tamper evidence answers on every node, whichever store holds the events.
            assertThat(context.getBeanNamesForType(IntegrityApi.class)).hasSize(1);

            boolean axonServer = topology.has("axonserver");
            assertThat(context.getBean(CommandBus.class) instanceof AxonServerCommandBus).isEqualTo(axonServer);
            assertThat(context.getBean(EventStore.class) instanceof AxonServerEventStore).isEqualTo(axonServer);
            if (axonServer) {
                // Block listing would stop a processor's token short of the head (README, Operations).
                assertThat(context.getBean(AxonServerConfiguration.class).isEventBlockListingEnabled()).isFalse();
            }
            if (commandSide) {
                // A cached aggregate goes stale when another node appended to it (Axon Server moves
                // aggregates between command nodes as they join and leave; split nodes share a store).
                boolean oneWriter = !topology.has("command") && !axonServer;
                assertThat(context.getBeansOfType(Cache.class).values())
                        .hasSize(7) // one per aggregate: actor, visit, statement, initiative, agreement, engagement, obstacle
                        .allSatisfy(cache -> assertThat(cache instanceof NoCache).isEqualTo(!oneWriter));
            }
            stopProcessors(context);
        }
    }

    /**
     * Stops the event processors before the context closes. Axon gives a processor that is still
     * claiming its segments one second to stop and otherwise abandons the shutdown of all of them,
     * which on a loaded machine leaves their threads retrying against a closed context.
     */
    private static void stopProcessors(ConfigurableApplicationContext context) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        for (EventProcessor processor : context.getBean(EventProcessingConfiguration.class).eventProcessors().values()) {
            while (true) {
                try {
                    processor.shutdownAsync().get(1, TimeUnit.MINUTES);
                    break;
                } catch (ProcessRetriesExhaustedException stillStarting) {
                    if (System.nanoTime() > deadline) {
                        throw stillStarting;
                    }
                }
            }
        }
    }

    private static String[] arguments(Topology topology) throws IOException, SQLException {
        List<String> arguments = new ArrayList<>(Arrays.asList(
                "--server.port=0",
                "--server.shutdown=immediate",
                "--spring.main.banner-mode=off",
                "--ties.data-dir=" + Path.of("target", "topologies", topology.name().toLowerCase() + "-" + UUID.randomUUID())
                        .toAbsolutePath(),
                // The oidc profile needs an issuer and the pages' client there; the issuer's keys and
                // endpoints are fetched on the first token or sign-in, not at start-up.
                "--TIES_OIDC_ISSUER_URI=https://issuer.test", "--TIES_OIDC_CLIENT_ID=ties-web"));
        if (topology.has("postgres")) {
            arguments.add("--spring.datasource.url=" + postgresSchema());
            arguments.add("--spring.datasource.username=" + PostgresAvailability.user());
            arguments.add("--spring.datasource.password=" + PostgresAvailability.password());
        }
        if (topology.has("axonserver")) {
            arguments.add("--axon.axonserver.servers=127.0.0.1:" + closedPort());
        }
        return arguments.toArray(String[]::new);
    }

    /** One schema for the PostgreSQL combinations of this run: the first migrates it, the others validate it. */
    private static synchronized String postgresSchema() throws SQLException {
        String base = PostgresAvailability.url();
        assumeTrue(PostgresAvailability.reachable(), "PostgreSQL is not reachable at " + base);
        if (!schemaCreated) {
            execute("create schema " + SCHEMA);
            schemaCreated = true;
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schemaCreated) {
            execute("drop schema " + SCHEMA + " cascade");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresAvailability.url(), PostgresAvailability.user(),
                PostgresAvailability.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
