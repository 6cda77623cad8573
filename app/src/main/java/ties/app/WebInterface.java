package ties.app;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ties.ui.WebUi;

/** The web interface at {@code /} (docs/web-ui.md), served wherever the API is. */
@Configuration
@Import(WebUi.class)
public class WebInterface {
}
