package ties.query.board;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.agreement.AgreementFacts;
import ties.fact.PartialDate;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.initiative.FindInitiative;
import ties.initiative.FindInitiatives;
import ties.initiative.InitiativeEvent.EngagementSeriesLinked;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.InitiativeWithdrawn;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeStatus;
import ties.initiative.InitiativeView;
import ties.initiative.InitiativeView.LinkedAgreement;
import ties.initiative.InitiativeView.LinkedSeries;
import ties.initiative.InitiativeView.LinkedStatement;
import ties.initiative.InitiativeView.RelationshipObstacle;
import ties.initiative.InitiativeView.Step;
import ties.initiative.StatusChange;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleWithdrawn;
import ties.obstacle.RelationshipObstacleFacts;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.query.store.RowContent;
import ties.query.store.SortKeys;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static ties.query.store.ReadModels.with;

/**
 * The initiative board: every initiative with its status, full status history, and the statements,
 * agreements and obstacles linked to it, and the editions of the engagement series that implement it. Applying an event twice leaves the board as it was: steps
 * are keyed by event id, links and obstacles by record id, and unchanged documents are not stored again.
 */
@Component
@ProcessingGroup(InitiativeBoardProjection.GROUP)
public class InitiativeBoardProjection implements Projection {

    public static final String GROUP = "initiative-board";
    static final String MODEL = "initiative";

    /**
     * A statement's or agreement's link as this projection keeps it in its own models, with the
     * initiatives the record names: an initiative links it when the record names the initiative or
     * when the initiative cites the record in its proposal or a status change.
     */
    interface Kept<T> {
        T link();

        List<String> initiativeIds();
    }

    record KeptStatement(LinkedStatement link, List<String> initiativeIds) implements Kept<LinkedStatement> {
    }

    record KeptAgreement(LinkedAgreement link, List<String> initiativeIds) implements Kept<LinkedAgreement> {
    }

    record KeptObstacle(RelationshipObstacle link, List<String> initiativeIds) implements Kept<RelationshipObstacle> {
    }

    /**
     * Statements or agreements as the board links them.
     *
     * @param tag    the board's tag for an initiative linking one, before the id
     * @param cited  the ids a step of the initiative's history cites
     * @param linked what a view links now
     */
    private record Links<T>(String model, String tag, Class<? extends Kept<T>> type, Function<T, String> id,
                            Function<Step, List<String>> cited, Function<InitiativeView, List<T>> linked) {
    }

    private static final Links<LinkedStatement> STATEMENTS = new Links<>("initiative-statement", "statement:",
            KeptStatement.class, LinkedStatement::statementId, Step::statementIds, InitiativeView::statements);
    private static final Links<LinkedAgreement> AGREEMENTS = new Links<>("initiative-agreement", "agreement:",
            KeptAgreement.class, LinkedAgreement::agreementId, Step::agreementIds, InitiativeView::agreements);
    /** Obstacles to a relationship link the initiatives they name; no step cites one. */
    private static final Links<RelationshipObstacle> OBSTACLES = new Links<>("initiative-obstacle", "obstacle:",
            KeptObstacle.class, RelationshipObstacle::obstacleId, step -> List.of(), InitiativeView::relationshipObstacles);

    private final ReadModels store;
    private final QueryUpdateEmitter emitter;
    private final SeriesEditions editions;

    public InitiativeBoardProjection(ReadModels store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
        this.editions = new SeriesEditions(store);
    }

    @EventHandler
    void on(InitiativeProposed event, Recorded recorded) {
        // The view is built from the proposal alone: delivered again after later events it would wipe
        // them, or bring back a withdrawn initiative. A proposal is an initiative's first event.
        if (store.everStored(MODEL, event.initiativeId())) {
            return;
        }
        InitiativeFacts facts = event.initiative();
        Step proposal = proposalStep(recorded.eventId(), facts, recorded.at(), recorded.by());
        save(linked(new InitiativeView(event.initiativeId(), facts.title(), facts.kind(), facts.parties(), facts.proposedBy(),
                facts.description(), facts.occurred(), facts.provenance(), InitiativeStatus.PROPOSED, null,
                facts.occurred(), facts.target(), List.of(proposal), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), recorded.sequence(), recorded.at(), recorded.by(), recorded.at(), false), recorded), null,
                recorded.at());
    }

    @EventHandler
    void on(InitiativeStatusChanged event, Recorded recorded) {
        update(event.initiativeId(), recorded, view -> {
            if (view.history().stream().anyMatch(step -> step.eventId().equals(recorded.eventId()))) {
                return view;
            }
            StatusChange change = event.change();
            Step step = new Step(recorded.eventId(), change.changeId(), event.from(), change.status(), change.completion(),
                    change.reopen(), change.occurred(), recorded.at(), recorded.by(), change.provenance(),
                    change.statementIds(), change.agreementIds(), change.occasion(), change.target(), change.note());
            List<Step> history = with(view.history(), step);
            return new InitiativeView(view.initiativeId(), view.title(), view.kind(), view.parties(), view.proposedBy(),
                    view.description(), view.proposed(), view.provenance(), change.status(), change.completion(),
                    change.occurred(), target(history), history, view.statements(), view.agreements(), view.obstacles(),
                    view.relationshipObstacles(), view.series(), view.engagementSeries(), view.corrections(), recorded.sequence(), view.recordedAt(),
                    view.recordedBy(), recorded.at(), false);
        });
    }

    @EventHandler
    void on(ObstacleRecorded event, Recorded recorded) {
        update(event.initiativeId(), recorded, view -> {
            if (view.obstacles().stream().anyMatch(o -> o.obstacleId().equals(event.obstacleId()))) {
                return view;
            }
            var obstacle = new InitiativeView.Obstacle(event.obstacleId(), event.obstacle().kind(),
                    event.obstacle().description(), event.obstacle().occurred(), event.obstacle().provenance(), recorded.at());
            return copy(view, recorded, view.statements(), view.agreements(), view.relationshipObstacles(),
                    with(view.obstacles(), obstacle));
        });
    }

    @EventHandler
    void on(InitiativeCorrected event, Recorded recorded) {
        update(event.initiativeId(), recorded, view -> {
            if (view.corrections().stream().anyMatch(c -> c.eventId().equals(recorded.eventId()))) {
                return view;
            }
            InitiativeFacts facts = event.corrected();
            List<Step> history = new ArrayList<>(view.history());
            Step proposal = history.get(0);
            history.set(0, proposalStep(proposal.eventId(), facts, proposal.recordedAt(), proposal.recordedBy()));
            var correction = new InitiativeView.Correction(recorded.eventId(), recorded.at(), recorded.by(), event.reason());
            boolean stillProposed = view.history().size() == 1;
            return new InitiativeView(view.initiativeId(), facts.title(), facts.kind(), facts.parties(), facts.proposedBy(),
                    facts.description(), facts.occurred(), facts.provenance(), view.status(), view.completion(),
                    stillProposed ? facts.occurred() : view.statusSince(), target(history), List.copyOf(history),
                    view.statements(), view.agreements(), view.obstacles(), view.relationshipObstacles(), view.series(), view.engagementSeries(),
                    with(view.corrections(), correction), recorded.sequence(), view.recordedAt(), view.recordedBy(),
                    recorded.at(), false);
        });
    }

    @EventHandler
    void on(InitiativeWithdrawn event, Recorded recorded) {
        store.current(MODEL, event.initiativeId(), InitiativeView.class).ifPresent(view -> {
            store.remove(MODEL, event.initiativeId(), recorded.at());
            InitiativeView w = copy(view, recorded, view.statements(), view.agreements(), view.relationshipObstacles(),
                    view.obstacles());
            emit(new InitiativeView(w.initiativeId(), w.title(), w.kind(), w.parties(), w.proposedBy(), w.description(),
                    w.proposed(), w.provenance(), w.status(), w.completion(), w.statusSince(), w.target(), w.history(),
                    w.statements(), w.agreements(), w.obstacles(), w.relationshipObstacles(), w.series(), w.engagementSeries(), w.corrections(),
                    w.version(), w.recordedAt(), w.recordedBy(), w.lastChangeAt(), true), view);
        });
    }

    @EventHandler
    void on(StatementRecorded event, Recorded recorded) {
        keep(STATEMENTS, event.statementId(), kept(event.statementId(), event.statement()), recorded);
    }

    @EventHandler
    void on(StatementCorrected event, Recorded recorded) {
        keep(STATEMENTS, event.statementId(), kept(event.statementId(), event.corrected()), recorded);
    }

    @EventHandler
    void on(StatementWithdrawn event, Recorded recorded) {
        drop(STATEMENTS, event.statementId(), recorded);
    }

    @EventHandler
    void on(AgreementRecorded event, Recorded recorded) {
        keep(AGREEMENTS, event.agreementId(), kept(event.agreementId(), event.agreement()), recorded);
    }

    @EventHandler
    void on(AgreementCorrected event, Recorded recorded) {
        keep(AGREEMENTS, event.agreementId(), kept(event.agreementId(), event.corrected()), recorded);
    }

    @EventHandler
    void on(AgreementWithdrawn event, Recorded recorded) {
        drop(AGREEMENTS, event.agreementId(), recorded);
    }

    @EventHandler
    void on(RelationshipObstacleRecorded event, Recorded recorded) {
        keep(OBSTACLES, event.obstacleId(), kept(event.obstacleId(), event.obstacle()), recorded);
    }

    @EventHandler
    void on(RelationshipObstacleCorrected event, Recorded recorded) {
        keep(OBSTACLES, event.obstacleId(), kept(event.obstacleId(), event.corrected()), recorded);
    }

    @EventHandler
    void on(RelationshipObstacleWithdrawn event, Recorded recorded) {
        drop(OBSTACLES, event.obstacleId(), recorded);
    }

    @EventHandler
    void on(EngagementSeriesLinked event, Recorded recorded) {
        update(event.initiativeId(), recorded, view -> view.engagementSeries().stream()
                .anyMatch(s -> s.seriesId().equals(event.seriesId())) ? view
                : copy(view.withEngagementSeries(with(view.engagementSeries(), new LinkedSeries(event.seriesId(),
                        event.link().note(), event.link().provenance(), recorded.at(), editions.editions(event.seriesId())))),
                        recorded, view.statements(), view.agreements(), view.relationshipObstacles(), view.obstacles()));
    }

    @EventHandler
    void on(EngagementRecorded event, Recorded recorded) {
        implementations(editions.keep(event.engagementId(), event.engagement(), recorded.at()), recorded);
    }

    @EventHandler
    void on(EngagementStateChanged event, Recorded recorded) {
        editions.facts(event.engagementId()).ifPresent(facts -> implementations(
                editions.keep(event.engagementId(), facts.moved(event.change()), recorded.at()), recorded));
    }

    @EventHandler
    void on(EngagementCorrected event, Recorded recorded) {
        implementations(editions.keep(event.engagementId(), event.corrected(), recorded.at()), recorded);
    }

    @EventHandler
    void on(EngagementWithdrawn event, Recorded recorded) {
        implementations(editions.drop(event.engagementId(), recorded.at()), recorded);
    }

    @Override
    public List<String> models() {
        return List.of(MODEL, STATEMENTS.model(), AGREEMENTS.model(), OBSTACLES.model(), SeriesEditions.MODEL);
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }

    /** Shows the editions of these series as kept now on the initiatives that link them. */
    private void implementations(Set<String> seriesIds, Recorded recorded) {
        seriesIds.stream().flatMap(id -> store.currentKeysTagged(MODEL, SeriesEditions.TAG + id).stream()).distinct()
                .forEach(initiativeId -> update(initiativeId, recorded, view -> {
                    List<LinkedSeries> relinked = editions.relinked(view);
                    return relinked.equals(view.engagementSeries()) ? view : copy(view.withEngagementSeries(relinked),
                            recorded, view.statements(), view.agreements(), view.relationshipObstacles(), view.obstacles());
                }));
    }

    private static KeptStatement kept(String statementId, StatementFacts statement) {
        String text = statement.text();
        return new KeptStatement(new LinkedStatement(statementId, statement.speaker().actorId(),
                statement.speaker().description(), text.length() > 200 ? text.substring(0, 200) + "…" : text,
                statement.occurred()), statement.initiativeIds());
    }

    private static KeptAgreement kept(String agreementId, AgreementFacts agreement) {
        return new KeptAgreement(new LinkedAgreement(agreementId, agreement.title(), agreement.kind(), agreement.signed()),
                agreement.initiativeIds());
    }

    private static KeptObstacle kept(String obstacleId, RelationshipObstacleFacts obstacle) {
        return new KeptObstacle(new RelationshipObstacle(obstacleId, obstacle.kind(), obstacle.description(),
                obstacle.countries(), obstacle.occurred(), obstacle.provenance()), obstacle.initiativeIds());
    }

    private static Step proposalStep(String eventId, InitiativeFacts facts, Instant recordedAt, String recordedBy) {
        return new Step(eventId, null, null, InitiativeStatus.PROPOSED, null, false, facts.occurred(), recordedAt,
                recordedBy, facts.provenance(), facts.statementIds(), List.of(), null, facts.target(), null);
    }

    /** The target date last given: by the latest move that set one, else by the proposal as it stands. */
    private static PartialDate target(List<Step> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).target() != null) {
                return history.get(i).target();
            }
        }
        return null;
    }

    /**
     * Keeps a statement's or agreement's link and relinks the initiatives that linked it or that it
     * names: a correction replaces the link in one update, and one that changes nothing the board
     * shows stores and sends nothing.
     */
    private <T> void keep(Links<T> links, String id, Kept<T> kept, Recorded recorded) {
        Set<String> affected = new LinkedHashSet<>(store.currentKeysTagged(MODEL, links.tag() + id));
        affected.addAll(kept.initiativeIds());
        store.put(links.model(), id, recorded.at(), RowContent.of(kept, id, Set.of()));
        affected.forEach(initiativeId -> update(initiativeId, recorded, UnaryOperator.identity(), id));
    }

    private void drop(Links<?> links, String id, Recorded recorded) {
        store.remove(links.model(), id, recorded.at());
        store.currentKeysTagged(MODEL, links.tag() + id)
                .forEach(initiativeId -> update(initiativeId, recorded, UnaryOperator.identity()));
    }

    /**
     * The view linking what it should now, in the order first linked; the same view when that is what
     * it links already. Looks only at what it links, what its steps cite and the {@code candidates}
     * (ids of records that may have come to name it; each is checked against what is kept), which
     * spares a query per event during replays.
     */
    private InitiativeView linked(InitiativeView view, Recorded recorded, String... candidates) {
        List<LinkedStatement> statements = links(STATEMENTS, view, candidates);
        List<LinkedAgreement> agreements = links(AGREEMENTS, view, candidates);
        List<RelationshipObstacle> obstacles = links(OBSTACLES, view, candidates);
        return statements.equals(view.statements()) && agreements.equals(view.agreements())
                && obstacles.equals(view.relationshipObstacles()) ? view
                : copy(view, recorded, statements, agreements, obstacles, view.obstacles());
    }

    /** Each one on record (not withdrawn) that the initiative cites or that names the initiative. */
    private <T> List<T> links(Links<T> links, InitiativeView view, String... candidates) {
        Set<String> cited = new LinkedHashSet<>();
        view.history().forEach(step -> cited.addAll(links.cited().apply(step)));
        Set<String> ids = new LinkedHashSet<>(links.linked().apply(view).stream().map(links.id()).toList());
        ids.addAll(cited);
        ids.addAll(List.of(candidates));
        return ids.stream().flatMap(id -> store.current(links.model(), id, links.type()).stream()
                .filter(kept -> cited.contains(id) || kept.initiativeIds().contains(view.initiativeId()))
                .map(Kept::link)).toList();
    }

    /**
     * Applies a change to the current view and relinks it (a change may cite statements or agreements);
     * a change that leaves the view as it was stores nothing.
     */
    private void update(String initiativeId, Recorded recorded, UnaryOperator<InitiativeView> change,
                        String... candidates) {
        Optional<InitiativeView> current = store.current(MODEL, initiativeId, InitiativeView.class);
        current.ifPresent(view -> {
            InitiativeView changed = linked(change.apply(view), recorded, candidates);
            if (changed != view) {
                save(changed, view, recorded.at());
            }
        });
    }

    private void save(InitiativeView view, InitiativeView previous, Instant at) {
        Set<String> categories = new HashSet<>();
        categories.add("status:" + view.status());
        categories.add("kind:" + view.kind());
        view.parties().forEach(party -> categories.add("party:" + party.code()));
        Set<String> tags = new HashSet<>();
        view.statements().forEach(s -> tags.add(STATEMENTS.tag() + s.statementId()));
        view.agreements().forEach(a -> tags.add(AGREEMENTS.tag() + a.agreementId()));
        view.relationshipObstacles().forEach(o -> tags.add(OBSTACLES.tag() + o.obstacleId()));
        view.series().forEach(series -> tags.add("series:" + series));
        // Dated by its life so far, from the proposal to the latest move: the board's date range selects
        // the initiatives alive during it.
        RowContent content = new RowContent(view, sortKey(view), tags, categories, view.kind().name(),
                view.proposed().earliest(), lastDay(view), null);
        if (store.put(MODEL, view.initiativeId(), at, content)) {
            emit(view, previous);
        }
    }

    /**
     * Sends a changed view to the boards it belongs on and to those it was on before (null for a new
     * initiative), so that a filtered board hears that an initiative left it; a withdrawal goes to every board.
     */
    private void emit(InitiativeView view, InitiativeView previous) {
        if (!store.isServing()) {
            return;
        }
        emitter.emit(FindInitiatives.class, query -> query.asOf() == null
                && (view.withdrawn() || query.matches(view) || previous != null && query.matches(previous)), view);
        emitter.emit(FindInitiative.class, query -> query.asOf() == null && query.initiativeId().equals(view.initiativeId()), view);
    }

    /** The latest day the initiative's history reaches, whatever order its steps were reported in. */
    private static LocalDate lastDay(InitiativeView view) {
        return view.history().stream().map(step -> step.occurred().latest()).max(Comparator.naturalOrder())
                .orElse(view.proposed().latest());
    }

    /** Newest change first when read in descending order; ties broken by id. */
    static String sortKey(InitiativeView view) {
        return SortKeys.millis(view.lastChangeAt()) + "|" + view.initiativeId();
    }

    private static InitiativeView copy(InitiativeView view, Recorded recorded, List<LinkedStatement> statements,
                                       List<LinkedAgreement> agreements, List<RelationshipObstacle> relationshipObstacles,
                                       List<InitiativeView.Obstacle> obstacles) {
        long version = recorded.recordId() != null && recorded.recordId().equals(view.initiativeId())
                ? recorded.sequence() : view.version();
        return new InitiativeView(view.initiativeId(), view.title(), view.kind(), view.parties(), view.proposedBy(),
                view.description(), view.proposed(), view.provenance(), view.status(), view.completion(), view.statusSince(),
                view.target(), view.history(), statements, agreements, obstacles, relationshipObstacles, view.series(), view.engagementSeries(),
                view.corrections(), version, view.recordedAt(), view.recordedBy(), recorded.at(), false);
    }
}
