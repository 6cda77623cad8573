package ties.query.visit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ties.fact.CountryCode;
import ties.query.actor.ActorProjection;
import ties.query.store.PartyRegister;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;
import ties.visit.VisitFacts;
import ties.visit.VisitView;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Visits as the visit list and the visit page find them: by party (visitor, host, or a country
 * involved) and date. In the actors' processing group, so that the visitors' and hosts' countries are
 * known when a visit arrives.
 */
@Component
@ProcessingGroup(ActorProjection.GROUP)
public class VisitRegisterProjection implements Projection {

    public static final String MODEL = "visit";

    private final ReadModels store;
    private final PartyRegister register;

    public VisitRegisterProjection(ReadModels store) {
        this.store = store;
        this.register = new PartyRegister(store, MODEL);
    }

    @EventHandler
    void on(VisitRecorded event, Recorded recorded) {
        save(new VisitView(event.visitId(), event.visit(), List.of(), recorded.at(), recorded.by(), recorded.at()), recorded);
    }

    @EventHandler
    void on(VisitCorrected event, Recorded recorded) {
        register.current(event.visitId(), VisitView.class).ifPresent(view -> save(new VisitView(view.visitId(),
                event.corrected(), view.countries(), view.recordedAt(), view.recordedBy(), recorded.at()), recorded));
    }

    @EventHandler
    void on(VisitWithdrawn event, Recorded recorded) {
        register.remove(event.visitId(), recorded.at());
    }

    private void save(VisitView view, Recorded recorded) {
        VisitFacts facts = view.visit();
        Set<String> actors = new HashSet<>(facts.visitorIds());
        actors.addAll(facts.hostIds());
        Set<CountryCode> countries = new TreeSet<>(ActorProjection.countriesOf(store, actors));
        countries.add(facts.country());
        Set<String> parties = new HashSet<>(actors);
        countries.forEach(country -> parties.add(country.code()));
        register.put(view.visitId(), new VisitView(view.visitId(), facts, List.copyOf(countries), view.recordedAt(),
                view.recordedBy(), view.lastChangeAt()), facts.occurred(), view.recordedAt(), parties, null, recorded.at());
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
