package ties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs Ties. The application lives in {@code ties} so that JPA entities and repositories of both
 * sides are found, but only {@code ties.app} is component-scanned: which side runs is decided by
 * {@link ties.app.Roles}.
 */
@SpringBootApplication(scanBasePackages = "ties.app")
public class TiesApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(TiesApplication.class, args);
    }
}
