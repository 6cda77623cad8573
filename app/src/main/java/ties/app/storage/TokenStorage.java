package ties.app.storage;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The processors' tracking tokens, stored with plain JDBC in the table Axon's JPA token store used
 * ({@code token_entry}, same columns and serialized form, so existing tokens read on). Every batch of
 * every processor stores its token: through JPA that was an entity load, a dirty check and a JPQL
 * update that Hibernate translated again for each batch, 7 % of the service's CPU under command load
 * (docs/benchmarks.md, issue 15). The connection is the one of the surrounding Spring transaction,
 * so a batch's read-model rows and its token still commit together.
 */
@Configuration
class TokenStorage {

    @Bean
    TokenStore tokenStore(DataSource dataSource, @Qualifier("serializer") Serializer serializer,
                          TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }
}
