package ties.command;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import ties.command.web.CommandSender;

/** The command side: aggregates, the record directory and the command API. The app imports it per role. */
@Configuration
@ComponentScan
public class CommandSide {

    /** Correlation and causation ids on every message. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Who recorded a command and the client's request id travel onto every event it causes. */
    @Bean
    CorrelationDataProvider recorderProvider() {
        return new SimpleCorrelationDataProvider(CommandSender.RECORDED_BY, CommandSender.REQUEST_ID);
    }
}
