package ties.ui;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web interface (docs/web-ui.md): server-rendered pages (Thymeleaf) made live by htmx, over the
 * same Axon commands and queries as the API. The app imports it; pages that read need the query
 * side in the same JVM and forms need the command side, as the API's own controllers do.
 */
@Configuration
@ComponentScan
public class WebUi {
}
