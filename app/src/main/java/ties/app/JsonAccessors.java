package ties.app;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jackson reads and writes properties through generated lambdas instead of reflection. Every fact is
 * turned into JSON several times (its event, four read-model documents, the audit entry, the
 * answer); reflective accessor calls were 3.7 % of the service's CPU samples under load on PostgreSQL
 * (docs/benchmarks.md, issue 15). Spring Boot adds every {@link Module} bean to the one ObjectMapper
 * that the web layer, Axon's serializer and the read models share.
 */
@Configuration
public class JsonAccessors {

    @Bean
    Module blackbird() {
        return new BlackbirdModule();
    }
}
