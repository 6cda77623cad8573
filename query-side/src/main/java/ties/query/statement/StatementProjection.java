package ties.query.statement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorNames;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.query.store.RowContent;
import ties.query.store.SortKeys;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.statement.StatementView;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Statements for reading and searching: by words of the quote, speaker, topic and initiative. */
@Component
@ProcessingGroup(StatementProjection.GROUP)
public class StatementProjection implements Projection {

    public static final String GROUP = "statements";
    static final String MODEL = "statement";
    static final String SPEAKERS = "statement-speaker";

    private final ReadModels store;

    public StatementProjection(ReadModels store) {
        this.store = store;
    }

    /** A speaker's display name, kept so that statements show who spoke. */
    record SpeakerName(String name) {
    }

    /**
     * Also renames statements already kept: normally there are none, but where the registration was
     * parked as a dead letter and retried later, its speaker's statements came first.
     */
    @EventHandler
    void on(ActorRegistered event, Recorded recorded) {
        rename(event.actorId(), event.actor().name(), recorded.at());
    }

    @EventHandler
    void on(ActorCorrected event, Recorded recorded) {
        rename(event.actorId(), event.corrected().name(), recorded.at());
    }

    @EventHandler
    void on(StatementRecorded event, Recorded recorded) {
        save(view(event.statementId(), event.statement(), recorded.at(), recorded.by()), recorded.at());
    }

    @EventHandler
    void on(StatementCorrected event, Recorded recorded) {
        StatementView first = store.current(MODEL, event.statementId(), StatementView.class).orElse(null);
        save(view(event.statementId(), event.corrected(), first == null ? recorded.at() : first.recordedAt(),
                first == null ? recorded.by() : first.recordedBy()), recorded.at());
    }

    @EventHandler
    void on(StatementWithdrawn event, Recorded recorded) {
        store.remove(MODEL, event.statementId(), recorded.at());
    }

    @Override
    public List<String> models() {
        return List.of(MODEL, SPEAKERS);
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }

    private void rename(String actorId, String name, Instant at) {
        store.put(SPEAKERS, actorId, at, RowContent.of(new SpeakerName(name), actorId, Set.of()));
        for (String statementId : store.currentKeysTagged(MODEL, "speaker:" + actorId)) {
            store.current(MODEL, statementId, StatementView.class).ifPresent(view -> save(new StatementView(view.statementId(),
                    view.speaker(), name, view.form(), view.text(), view.language(), view.occurred(), view.occasionVisitId(),
                    view.topics(), view.initiativeIds(), view.provenance(), view.recordedAt(), view.recordedBy()), at));
        }
    }

    private StatementView view(String statementId, StatementFacts facts, Instant recordedAt, String recordedBy) {
        String speakerName = facts.speaker().actorId() == null ? facts.speaker().description()
                : store.current(SPEAKERS, facts.speaker().actorId(), SpeakerName.class).map(SpeakerName::name)
                .orElse(facts.speaker().actorId());
        return new StatementView(statementId, facts.speaker(), speakerName, facts.form(), facts.text(), facts.language(), facts.occurred(),
                facts.occasionVisitId(), facts.topics(), facts.initiativeIds(), facts.provenance(), recordedAt, recordedBy);
    }

    private void save(StatementView view, Instant at) {
        Set<String> tags = new HashSet<>();
        if (view.speaker().actorId() != null) {
            tags.add("speaker:" + view.speaker().actorId());
        }
        view.topics().forEach(topic -> tags.add("topic:" + ActorNames.normalize(topic)));
        view.initiativeIds().forEach(id -> tags.add("initiative:" + id));
        String searchText = ActorNames.normalize(view.text() + " " + view.speakerName());
        String sortKey = view.occurred().latest() + "|" + SortKeys.millis(view.recordedAt())
                + "|" + view.statementId();
        store.put(MODEL, view.statementId(), at, new RowContent(view, sortKey, tags, Set.of(), view.form().name(),
                view.occurred().earliest(), view.occurred().latest(), searchText));
    }
}
