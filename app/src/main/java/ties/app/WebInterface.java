package ties.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import ties.app.integrity.IntegrityApi;
import ties.ui.WebUi;
import ties.ui.audit.IntegrityCheck;

/** The web interface at {@code /} (docs/web-ui.md), served wherever the API is. */
@Configuration
@Import(WebUi.class)
public class WebInterface {

    /** The operations page verifies the store as the API's integrity check does. */
    @Bean
    IntegrityCheck integrityCheck(IntegrityApi integrity) {
        return () -> integrity.verifyStore().verdict();
    }
}
