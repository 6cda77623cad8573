package ties.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The query side: projections, query handlers and the query API. The app imports it per role. */
@Configuration
@ComponentScan
public class QuerySide {
}
