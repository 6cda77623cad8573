package ties.query.agreement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementView;
import ties.agreement.Signatory;
import ties.fact.CountryCode;
import ties.query.actor.ActorProjection;
import ties.query.store.PartyRegister;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agreements as the agreement list, the agreement page and actors' pages find them: by party (actor or
 * country), signatory, kind and signing date. In the actors' processing group, so that the countries
 * of the parties are known when an agreement arrives.
 */
@Component
@ProcessingGroup(ActorProjection.GROUP)
public class AgreementRegisterProjection implements Projection {

    public static final String MODEL = "agreement";

    private final ReadModels store;
    private final PartyRegister register;

    public AgreementRegisterProjection(ReadModels store) {
        this.store = store;
        this.register = new PartyRegister(store, MODEL);
    }

    @EventHandler
    void on(AgreementRecorded event, Recorded recorded) {
        save(new AgreementView(event.agreementId(), event.agreement(), List.of(), recorded.at(), recorded.by(), recorded.at()),
                recorded);
    }

    @EventHandler
    void on(AgreementCorrected event, Recorded recorded) {
        register.current(event.agreementId(), AgreementView.class).ifPresent(view -> save(new AgreementView(
                view.agreementId(), event.corrected(), view.countries(), view.recordedAt(), view.recordedBy(), recorded.at()),
                recorded));
    }

    @EventHandler
    void on(AgreementWithdrawn event, Recorded recorded) {
        register.remove(event.agreementId(), recorded.at());
    }

    private void save(AgreementView view, Recorded recorded) {
        AgreementFacts facts = view.agreement();
        Set<CountryCode> countries = new TreeSet<>(ActorProjection.countriesOf(store, facts.partyIds()));
        facts.signatories().stream().map(Signatory::onBehalfOf).filter(Objects::nonNull).forEach(countries::add);
        Set<String> parties = new HashSet<>(facts.partyIds());
        parties.addAll(facts.signatoryIds());
        countries.forEach(country -> parties.add(country.code()));
        // Signatories are tagged apart too, so that an actor's page lists what they signed themselves.
        facts.signatoryIds().forEach(id -> parties.add("signatory:" + id));
        AgreementView stored = new AgreementView(view.agreementId(), facts, List.copyOf(countries), view.recordedAt(),
                view.recordedBy(), view.lastChangeAt());
        register.put(view.agreementId(), stored, facts.signed(), view.recordedAt(), parties, facts.kind(), recorded.at());
    }

    @Override
    public List<String> models() {
        return List.of(MODEL);
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }
}
