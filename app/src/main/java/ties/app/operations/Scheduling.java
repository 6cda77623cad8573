package ties.app.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background duties: segment balancing. */
@Configuration
@EnableScheduling
class Scheduling {
}
