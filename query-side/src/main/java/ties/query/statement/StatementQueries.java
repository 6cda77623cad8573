package ties.query.statement;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.actor.ActorNames;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;
import ties.statement.FindStatement;
import ties.statement.SearchStatements;
import ties.statement.StatementMatches;
import ties.statement.StatementView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@Component
class StatementQueries {

    private final ReadModels store;

    StatementQueries(ReadModels store) {
        this.store = store;
    }

    @QueryHandler
    StatementMatches handle(SearchStatements query) {
        List<String> tags = new ArrayList<>();
        if (query.speakerId() != null) {
            tags.add("speaker:" + query.speakerId());
        }
        if (query.topic() != null) {
            tags.add("topic:" + ActorNames.normalize(query.topic()));
        }
        if (query.initiativeId() != null) {
            tags.add("initiative:" + query.initiativeId());
        }
        List<String> words = query.text() == null ? List.of()
                : Arrays.stream(ActorNames.normalize(query.text()).split(" ")).filter(w -> !w.isEmpty()).toList();
        RowQuery rows = new RowQuery(StatementProjection.MODEL, tags, List.of(), words, null, null, null, true, query.limit(), null);
        return new StatementMatches(store.find(rows, StatementView.class).stream().map(ReadModels.Found::document).toList());
    }

    /** The statement, or null when there is none (404). */
    @QueryHandler
    StatementView handle(FindStatement query) {
        return store.current(StatementProjection.MODEL, query.statementId(), StatementView.class).orElse(null);
    }
}
