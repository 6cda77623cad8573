package ties.axonserver;

import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import ties.Api;
import ties.Api.Answer;
import ties.TiesApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;

/**
 * The distributed option end to end: Axon Server (official image) for commands, queries and events,
 * PostgreSQL for tokens and read models. Needs a Docker engine; without one JUnit reports it as
 * skipped (never as passed).
 */
@Testcontainers(disabledWithoutDocker = true)
@DisplayName("Axon Server topology (needs Docker)")
class AxonServerTopologyTest {

    @Container
    static final AxonServerContainer AXON_SERVER = new AxonServerContainer("axoniq/axonserver:latest").withDevMode(true);

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:15");

    static ConfigurableApplicationContext ties;

    @BeforeAll
    static void startTies() {
        ties = new SpringApplicationBuilder(TiesApplication.class).profiles("postgres", "axonserver").run(
                "--server.port=0",
                "--axon.axonserver.servers=" + AXON_SERVER.getAxonServerAddress(),
                "--spring.datasource.url=" + POSTGRES.getJdbcUrl(),
                "--spring.datasource.username=" + POSTGRES.getUsername(),
                "--spring.datasource.password=" + POSTGRES.getPassword());
    }

    @AfterAll
    static void stopTies() {
        if (ties != null) {
            ties.close();
        }
    }

    @Test
    void a_command_through_axon_server_reaches_the_board() {
        int port = ((WebServerApplicationContext) ties).getWebServer().getPort();
        Api api = new Api(port, "editor");
        api.put("/api/actors/mohammad-bagheri", person("Mohammad Hossein Bagheri", "IR"));
        Answer proposed = api.put("/api/initiatives/ir-pk-joint-naval-exercises",
                initiative("Joint naval exercises in the Arabian Sea", "JOINT_EXERCISE", "mohammad-bagheri", "recently"));

        Answer board = api.get("/api/initiatives/ir-pk-joint-naval-exercises?minPosition="
                + proposed.body().path("position").asLong());

        assertThat(proposed.status()).isEqualTo(201);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.text("status")).isEqualTo("PROPOSED");
    }
}
