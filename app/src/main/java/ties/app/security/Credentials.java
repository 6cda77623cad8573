package ties.app.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Makes what {@code ties.security} stores, without starting the service:
 * <pre>
 *   java -jar ties.jar hash-password   # reads a password, prints its bcrypt hash for ties.security.users
 *   java -jar ties.jar new-token       # prints a new API token and its SHA-256 for ties.security.tokens
 *   java -jar ties.jar hash-token      # reads a token, prints its SHA-256
 * </pre>
 * Secrets are read from the console without echo, or from standard input (one line) when piped.
 */
public final class Credentials {

    private Credentials() {
    }

    public static final String USAGE_TEXT = """
            usage: java -jar ties.jar hash-password
                     Reads a password (no echo, or one line from standard input) and prints its bcrypt hash
                     for ties.security.users[].password.
                   java -jar ties.jar new-token
                     Prints a new API token and its SHA-256 for ties.security.tokens[].sha256.
                   java -jar ties.jar hash-token
                     Reads a token and prints its SHA-256.
            exit codes: 0 done, 2 usage error or nothing entered""";

    /** Whether {@code args} ask for one of these commands rather than for the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("hash-password") || args[0].equals("new-token")
                || args[0].equals("hash-token"));
    }

    /** Runs the command; answers the process exit code. */
    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(USAGE_TEXT);
            return 0;
        }
        try {
            if (args.length > 1) {
                throw new IllegalArgumentException("takes no arguments\n" + USAGE_TEXT);
            }
            execute(args, out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static void execute(String[] args, PrintStream out) throws IOException {
        switch (args[0]) {
            case "hash-password" -> out.println(hashPassword(read("Password: ")));
            case "hash-token" -> out.println(hashToken(read("Token: ")));
            default -> {
                String token = ConfiguredTokens.newToken();
                out.println("token:  " + token + "   (give it to the client; it is not shown again)");
                out.println("sha256: " + hashToken(token) + "   (put this in ties.security.tokens[].sha256)");
            }
        }
    }

    /** A bcrypt hash (cost 10) for {@code ties.security.users[].password}. */
    public static String hashPassword(String password) {
        return new BCryptPasswordEncoder(10).encode(password);
    }

    /** The lower-case hex SHA-256 for {@code ties.security.tokens[].sha256}. */
    public static String hashToken(String token) {
        return HexFormat.of().formatHex(ConfiguredTokens.sha256(token));
    }

    private static String read(String prompt) throws IOException {
        Console console = System.console();
        String secret;
        if (console != null) {
            char[] chars = console.readPassword(prompt);
            secret = chars == null ? null : new String(chars);
        } else {
            secret = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("nothing was entered");
        }
        return secret;
    }
}
