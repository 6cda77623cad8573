package ties.app.storage;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ties.agreement.AgreementEvent;
import ties.initiative.InitiativeEvent;
import ties.statement.StatementLanguageUpcaster;

/**
 * The upcasters that read events stored in earlier revisions as the current ones (docs/schema-evolution.md).
 * Axon puts every {@link EventUpcaster} bean into the chain its event store reads through (ordered by
 * {@code @Order} where one upcaster builds on another); both roles read the store, so both have them.
 */
@Configuration
class EventRevisions {

    @Bean
    EventUpcaster statementLanguage() {
        return new StatementLanguageUpcaster();
    }

    @Bean
    EventUpcaster agreementParties() {
        return AgreementEvent.partiesUpcaster();
    }

    @Bean
    EventUpcaster initiativePlans() {
        return InitiativeEvent.plansUpcaster();
    }

    @Bean
    EventUpcaster initiativeMoves() {
        return InitiativeEvent.movesUpcaster();
    }
}
