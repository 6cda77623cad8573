package ties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import ties.app.cli.ImportCommand;
import ties.app.integrity.VerifyCommand;
import ties.app.security.Credentials;

import java.util.Arrays;

/**
 * Runs Ties. The application lives in {@code ties} so that JPA entities and repositories of both
 * sides are found, but only {@code ties.app} is component-scanned: which side runs is decided by
 * {@link ties.app.Roles}. {@code hash-password}, {@code new-token} and {@code hash-token} make
 * credentials for the configuration instead ({@link Credentials}); {@code verify} and
 * {@code verify-export} check the event store's hash chains ({@link VerifyCommand}).
 */
@SpringBootApplication(scanBasePackages = "ties.app")
public class TiesApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "import".equals(args[0])) {
            // A client of a running service: no Spring context, just the import over HTTP.
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && "verify-export".equals(args[0])) {
            // Offline: an export file only, no Spring context, no database.
            System.exit(VerifyCommand.verifyExport(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && "verify".equals(args[0])) {
            System.exit(VerifyCommand.verifyDatabase(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (Credentials.handles(args)) {
            System.exit(Credentials.run(args, System.out));
        }
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(TiesApplication.class, args);
    }
}
