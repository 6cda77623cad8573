package ties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import ties.app.cli.SubCommands;
import ties.app.integrity.VerifyCommand;
import ties.app.security.Credentials;

import java.util.OptionalInt;

/**
 * Runs Ties. The application lives in {@code ties} so that JPA entities and repositories of both
 * sides are found, but only {@code ties.app} is component-scanned: which side runs is decided by
 * {@link ties.app.Roles}. {@code hash-password}, {@code new-token} and {@code hash-token} make
 * credentials for the configuration instead ({@link Credentials}); {@code verify} and
 * {@code verify-export} check the event store's hash chains ({@link VerifyCommand}); {@code --help}
 * prints the usage of all of them ({@link SubCommands}).
 */
@SpringBootApplication(scanBasePackages = "ties.app")
public class TiesApplication {

    public static void main(String[] args) throws Exception {
        OptionalInt exit = SubCommands.run(args, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(TiesApplication.class, args);
    }
}
