package ties.app.cli;

import ties.app.integrity.VerifyCommand;
import ties.app.security.Credentials;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What {@code java -jar ties.jar ...} does before anything starts: runs a sub-command ({@code import},
 * {@code verify}, {@code verify-export}, the credential helpers), prints the usage for {@code --help},
 * refuses an unknown sub-command, or leaves the arguments (Spring options) to the service.
 */
public final class SubCommands {

    /** Exit code of a command line that names no known command. */
    public static final int USAGE_ERROR = 2;

    static final String USAGE_TEXT = """
            usage: java -jar ties.jar [--name=value ...]
                     Runs the service: by default both sides on the embedded store in ./data, port 8080.
                     Any Spring Boot property may be given, e.g. --ties.data-dir=/var/lib/ties,
                     --server.port=9090, --ties.demo.enabled=true (loads the demo scenario),
                     --spring.profiles.active=postgres | command | query | axonserver | oidc, combined
                     with commas (topologies and settings: README.md).
                   java -jar ties.jar <command> [arguments]   runs one command and exits:
                     import          sends a scenario to a running server
                     verify          verifies the event store's hash chains (server may be stopped)
                     verify-export   verifies an export file offline
                     hash-password   prints a password's bcrypt hash for the configuration
                     new-token       prints a new API token and its SHA-256
                     hash-token      prints a token's SHA-256
                     help            prints this (also --help, -h)

            %s

            %s

            %s""".formatted(ImportCommand.USAGE_TEXT, VerifyCommand.USAGE_TEXT, Credentials.USAGE_TEXT);

    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    private SubCommands() {
    }

    /**
     * Runs what {@code args} ask for unless it is the service.
     *
     * @return the process's exit code, or empty when the service should start with these arguments
     */
    public static OptionalInt run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            // A client of a running service: no Spring context, just the import over HTTP.
            case "import" -> OptionalInt.of(ImportCommand.run(rest, out));
            case "verify" -> OptionalInt.of(VerifyCommand.verifyDatabase(rest, out));
            // Offline: an export file only, no Spring context, no database.
            case "verify-export" -> OptionalInt.of(VerifyCommand.verifyExport(rest, out));
            case "hash-password", "new-token", "hash-token" -> OptionalInt.of(Credentials.run(args, out));
            default -> service(args, out, err);
        };
    }

    private static OptionalInt service(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.stream(args).anyMatch(HELP::contains)) {
            out.println(USAGE_TEXT);
            return OptionalInt.of(0);
        }
        // Spring options start with "--"; anything else would be ignored by Spring and start the service.
        if (!args[0].startsWith("-")) {
            err.println("ties: unknown command '" + args[0] + "'\n");
            err.println(USAGE_TEXT);
            return OptionalInt.of(USAGE_ERROR);
        }
        return OptionalInt.empty();
    }
}
