package ties.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The command side: aggregates, the record directory and the command API. The app imports it per role. */
@Configuration
@ComponentScan
public class CommandSide {
}
