package ties.query.board;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.initiative.FindInitiative;
import ties.initiative.FindInitiatives;
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
        List<String> tags = new ArrayList<>();
        if (query.status() != null) {
            tags.add("status:" + query.status());
        }
        if (query.party() != null) {
            tags.add("party:" + query.party().code());
        }
        if (query.kind() != null) {
            tags.add("kind:" + query.kind());
        }
        RowQuery rows = new RowQuery(InitiativeBoardProjection.MODEL, tags, List.of(), null, null, null, true,
                query.limit(), query.asOf());
        return new InitiativeBoard(store.find(rows, InitiativeView.class).stream().map(ReadModels.Found::document).toList(),
                query.asOf());
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
