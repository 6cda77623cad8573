package ties.query.engagement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementView;
import ties.engagement.EngagementView.Correction;
import ties.engagement.EngagementView.ParticipantView;
import ties.engagement.EngagementView.StateStep;
import ties.engagement.FindEngagement;
import ties.engagement.FindEngagements;
import ties.engagement.Participant;
import ties.engagement.Place;
import ties.engagement.StateChange;
import ties.fact.CountryCode;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.query.store.RowContent;
import ties.query.store.SortKeys;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static ties.query.store.ReadModels.with;

/**
 * Engagements with their parties (names and countries as registered), state history and corrections.
 * Each view follows its own record, and the actors it names; a party's first participation in a series
 * is derived when the view is read ({@link SeriesParticipation}). Applying an event twice changes nothing:
 * steps and corrections are keyed by event id.
 */
@Component
@ProcessingGroup(EngagementProjection.GROUP)
public class EngagementProjection implements Projection {

    public static final String GROUP = "engagements";
    static final String MODEL = "engagement";
    /** The actors' names and countries, kept so that views can name their parties. */
    static final String ACTORS = "engagement-actor";

    record ActorInfo(String name, CountryCode country) {
    }

    private final ReadModels store;
    private final QueryUpdateEmitter emitter;

    public EngagementProjection(ReadModels store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    @EventHandler
    void on(ActorRegistered event, Recorded recorded) {
        actor(event.actorId(), event.actor(), recorded.at());
    }

    /** Views show the parties' names and count their countries: those naming the actor are built again. */
    @EventHandler
    void on(ActorCorrected event, Recorded recorded) {
        actor(event.actorId(), event.corrected(), recorded.at());
        for (String engagementId : store.currentKeysTagged(MODEL, "participant:" + event.actorId())) {
            store.current(MODEL, engagementId, EngagementView.class).ifPresent(view -> save(new EngagementView(
                    view.engagementId(), view.kind(), view.title(), view.series(), view.edition(), view.place(), view.start(),
                    view.end(), view.state(), parties(view.participants()), countries(parties(view.participants()), view.place()),
                    view.description(), view.provenance(), view.history(), view.corrections(), view.version(),
                    view.recordedAt(), view.recordedBy(), recorded.at(), false), view, recorded.at()));
        }
    }

    @EventHandler
    void on(EngagementRecorded event, Recorded recorded) {
        // Built from the first event alone: delivered again after later ones, it would wipe them.
        if (store.everStored(MODEL, event.engagementId())) {
            return;
        }
        EngagementFacts facts = event.engagement();
        StateStep first = new StateStep(recorded.eventId(), null, null, facts.state(), null, recorded.at(), recorded.by(),
                facts.provenance(), null);
        save(view(event.engagementId(), facts, List.of(first), List.of(), recorded, recorded.at(), recorded.by()), null,
                recorded.at());
    }

    @EventHandler
    void on(EngagementStateChanged event, Recorded recorded) {
        store.current(MODEL, event.engagementId(), EngagementView.class)
                .filter(view -> view.history().stream().noneMatch(step -> step.eventId().equals(recorded.eventId())))
                .ifPresent(view -> {
                    StateChange change = event.change();
                    StateStep step = new StateStep(recorded.eventId(), change.changeId(), event.from(), change.state(),
                            change.occurred(), recorded.at(), recorded.by(), change.provenance(), change.note());
                    save(view(view.engagementId(), facts(view).moved(change), with(view.history(), step), view.corrections(),
                            recorded, view.recordedAt(), view.recordedBy()), view, recorded.at());
                });
    }

    @EventHandler
    void on(EngagementCorrected event, Recorded recorded) {
        store.current(MODEL, event.engagementId(), EngagementView.class)
                .filter(view -> view.corrections().stream().noneMatch(c -> c.eventId().equals(recorded.eventId())))
                .ifPresent(view -> {
                    Correction correction = new Correction(recorded.eventId(), recorded.at(), recorded.by(), event.reason());
                    save(view(view.engagementId(), event.corrected(), view.history(), with(view.corrections(), correction),
                            recorded, view.recordedAt(), view.recordedBy()), view, recorded.at());
                });
    }

    @EventHandler
    void on(EngagementWithdrawn event, Recorded recorded) {
        store.current(MODEL, event.engagementId(), EngagementView.class).ifPresent(view -> {
            store.remove(MODEL, event.engagementId(), recorded.at());
            emit(new EngagementView(view.engagementId(), view.kind(), view.title(), view.series(), view.edition(),
                    view.place(), view.start(), view.end(), view.state(), view.participants(), view.countries(),
                    view.description(), view.provenance(), view.history(), view.corrections(), recorded.sequence(),
                    view.recordedAt(), view.recordedBy(), recorded.at(), true), view);
        });
    }

    @Override
    public List<String> models() {
        return List.of(MODEL, ACTORS);
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }

    private void actor(String actorId, ActorFacts facts, Instant at) {
        store.put(ACTORS, actorId, at, RowContent.of(new ActorInfo(facts.name(), facts.country()), actorId, Set.of()));
    }

    private EngagementView view(String engagementId, EngagementFacts facts, List<StateStep> history,
                                List<Correction> corrections, Recorded recorded, Instant firstRecordedAt, String firstRecordedBy) {
        List<ParticipantView> participants = parties(facts.participants().stream().map(p -> new ParticipantView(p.actorId(),
                null, null, p.role(), p.firstTime(), null, p.contribution())).toList());
        return new EngagementView(engagementId, facts.kind(), facts.title(), facts.series(), facts.edition(), facts.place(),
                facts.start(), facts.end(), facts.state(), participants, countries(participants, facts.place()),
                facts.description(), facts.provenance(), history, corrections, recorded.sequence(), firstRecordedAt,
                firstRecordedBy, recorded.at(), false);
    }

    /** The facts a view shows, to apply a state change to them. */
    private static EngagementFacts facts(EngagementView view) {
        return new EngagementFacts(view.kind(), view.title(), view.series(), view.edition(), view.place(), view.start(),
                view.end(), view.state(), view.participants().stream().map(p -> new Participant(p.actorId(),
                p.role(), p.firstTime(), p.contribution())).toList(), view.description(), view.provenance());
    }

    /** The parties with their current names and countries. */
    private List<ParticipantView> parties(List<ParticipantView> participants) {
        return participants.stream().map(p -> {
            ActorInfo actor = store.current(ACTORS, p.actorId(), ActorInfo.class).orElse(new ActorInfo(p.actorId(), null));
            return new ParticipantView(p.actorId(), actor.name(), actor.country(), p.role(), p.firstTime(), null,
                    p.contribution());
        }).toList();
    }

    private static List<CountryCode> countries(List<ParticipantView> participants, Place place) {
        Set<CountryCode> countries = new TreeSet<>();
        participants.stream().map(ParticipantView::country).filter(Objects::nonNull).forEach(countries::add);
        if (place != null && place.country() != null) {
            countries.add(place.country());
        }
        return List.copyOf(countries);
    }

    private void save(EngagementView view, EngagementView previous, Instant at) {
        Set<String> tags = new HashSet<>();
        if (view.series() != null) {
            tags.add("series:" + view.series().seriesId());
        }
        view.participants().forEach(p -> tags.add("participant:" + p.actorId()));
        Set<String> categories = new HashSet<>();
        categories.add("kind:" + view.kind());
        categories.add("state:" + view.state());
        view.countries().forEach(c -> categories.add("country:" + c.code()));
        RowContent content = new RowContent(view, sortKey(view), tags, categories, view.kind().name(), view.start().earliest(),
                view.latest(), null);
        if (store.put(MODEL, view.engagementId(), at, content)) {
            emit(view, previous);
        }
    }

    /**
     * Sends a changed view to the lists it belongs on and those it was on before (null for a new one),
     * so that a filtered list hears that an engagement left it; a withdrawal goes to every list.
     */
    private void emit(EngagementView view, EngagementView previous) {
        if (!store.isServing()) {
            return;
        }
        EngagementView shown = new SeriesParticipation(store).derive(view, null);
        emitter.emit(FindEngagements.class, query -> query.asOf() == null
                && (view.withdrawn() || query.matches(view) || previous != null && query.matches(previous)), shown);
        emitter.emit(FindEngagement.class, query -> query.asOf() == null
                && query.engagementId().equals(view.engagementId()), shown);
    }

    /** In the order they take place, then as recorded; lists read it descending (latest first). */
    static String sortKey(EngagementView view) {
        return view.start().earliest() + "|" + SortKeys.millis(view.recordedAt()) + "|"
                + view.engagementId();
    }
}
