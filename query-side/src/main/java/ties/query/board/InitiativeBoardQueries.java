package ties.query.board;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.initiative.FindInitiative;
import ties.initiative.FindInitiatives;
import ties.initiative.FindStatusOn;
import ties.initiative.StatusOnDate;
import ties.initiative.InitiativeBoard;
import ties.initiative.InitiativeView;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;

import java.util.ArrayList;
import java.util.List;

@Component
class InitiativeBoardQueries {

    private final ReadModels store;

    InitiativeBoardQueries(ReadModels store) {
        this.store = store;
    }

    @QueryHandler
    InitiativeBoard handle(FindInitiatives query) {
        List<String> categories = new ArrayList<>();
        if (query.status() != null) {
            categories.add("status:" + query.status());
        }
        query.parties().forEach(party -> categories.add("party:" + party.code()));
        if (query.kind() != null) {
            categories.add("kind:" + query.kind());
        }
        List<String> tags = query.series() == null ? List.of() : List.of("series:" + query.series());
        RowQuery rows = new RowQuery(InitiativeBoardProjection.MODEL, tags, categories, List.of(), query.from(), query.to(),
                null, true, query.limit(), query.asOf());
        return new InitiativeBoard(store.find(rows, InitiativeView.class).stream().map(ReadModels.Found::document).toList(),
                query.asOf());
    }

    /**
     * The status on a past day as far as the dated steps tell: the last step known to have happened
     * by then, and the later steps whose dates straddle the day. Null when there is no such initiative.
     */
    @QueryHandler
    StatusOnDate handle(FindStatusOn query) {
        InitiativeView view = handle(new FindInitiative(query.initiativeId(), query.asOf()));
        if (view == null) {
            return null;
        }
        InitiativeView.Step known = null;
        List<StatusOnDate.PossibleStep> uncertain = new ArrayList<>();
        for (InitiativeView.Step step : view.history()) {
            switch (step.occurred().happenedBy(query.on())) {
                case YES -> {
                    known = step;
                    uncertain.clear();
                }
                case UNCERTAIN -> uncertain.add(new StatusOnDate.PossibleStep(step.to(), step.occurred()));
                case NO -> {
                    // a later step cannot have happened yet; it does not change the answer
                }
            }
        }
        StringBuilder explanation = new StringBuilder(known == null
                ? "the initiative is not known to have been proposed by " + query.on()
                : "known to be " + known.to().label() + " by " + query.on() + " (step dated '" + known.occurred().text() + "')");
        for (StatusOnDate.PossibleStep step : uncertain) {
            explanation.append("; the step to ").append(step.to().label()).append(" is dated '").append(step.occurred().text())
                    .append("', which is not known to have happened by ").append(query.on());
        }
        return new StatusOnDate(view.initiativeId(), query.on(), query.asOf(), known == null ? null : known.to(),
                known == null ? null : known.occurred(), List.copyOf(uncertain), explanation.toString());
    }

    /** The initiative, or null when there is none (the API answers 404). */
    @QueryHandler
    InitiativeView handle(FindInitiative query) {
        return (query.asOf() == null
                ? store.current(InitiativeBoardProjection.MODEL, query.initiativeId(), InitiativeView.class)
                : store.asOf(InitiativeBoardProjection.MODEL, query.initiativeId(), query.asOf(), InitiativeView.class))
                .orElse(null);
    }
}
