package ties.app.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ties.durability.ServiceProcess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ties.jar command line: --help prints the usage, an unknown command is refused, options start the service")
class SubCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void help_prints_the_usage_of_the_service_and_every_command(String help) throws IOException {
        assertThat(run(help)).hasValue(0);
        assertThat(printed(out)).contains("usage: java -jar ties.jar [--name=value ...]", "--spring.profiles.active=",
                "java -jar ties.jar import", "java -jar ties.jar verify ", "java -jar ties.jar verify-export",
                "java -jar ties.jar hash-password", "java -jar ties.jar new-token", "java -jar ties.jar hash-token");
        assertThat(printed(err)).isEmpty();
    }

    @Test
    void help_among_spring_options_prints_the_usage_instead_of_starting() throws IOException {
        assertThat(run("--spring.profiles.active=postgres", "--help")).hasValue(0);
        assertThat(printed(out)).startsWith("usage: java -jar ties.jar");
    }

    @Test
    void an_unknown_command_prints_the_usage_and_fails() throws IOException {
        assertThat(run("serve")).hasValue(SubCommands.USAGE_ERROR);
        assertThat(printed(err)).startsWith("ties: unknown command 'serve'").contains("usage: java -jar ties.jar");
        assertThat(printed(out)).isEmpty();
    }

    @Test
    void a_credential_command_with_help_prints_its_own_usage_and_with_other_arguments_fails() throws IOException {
        assertThat(run("new-token", "--help")).hasValue(0);
        assertThat(printed(out)).contains("java -jar ties.jar new-token").doesNotContain("token: ");
        assertThat(run("new-token", "extra")).hasValue(2);
    }

    @Test
    void spring_options_or_nothing_start_the_service() throws IOException {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9090", "--ties.demo.enabled=true")).isEmpty();
        assertThat(printed(out)).isEmpty();
    }

    @Test
    void the_real_jvm_prints_the_usage_and_exits_without_starting_or_creating_a_data_folder() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "cli-help-" + UUID.randomUUID()).toAbsolutePath());
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"bogus"})) {
            List<String> command = new ArrayList<>(ServiceProcess.java("ties.TiesApplication"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
            assertThat(process.exitValue()).as(output).isEqualTo(args[0].equals("--help") ? 0 : SubCommands.USAGE_ERROR);
            assertThat(output).contains("usage: java -jar ties.jar").doesNotContain("Starting TiesApplication");
        }
        try (var created = Files.list(folder)) {
            assertThat(created).as("nothing created in the working directory (no ./data)").isEmpty();
        }
    }

    private OptionalInt run(String... args) throws IOException {
        out.reset();
        err.reset();
        return SubCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String printed(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
