package ties.query.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.statement.FindStatement;
import ties.statement.SearchStatements;
import ties.statement.StatementMatches;
import ties.statement.StatementView;

@RestController
@RequestMapping("/api/statements")
@Tag(name = "Statements")
public class StatementQueryApi {

    private final Ask ask;

    public StatementQueryApi(Ask ask) {
        this.ask = ask;
    }

    @GetMapping
    @Operation(operationId = "searchStatements", summary = "Statements containing every word of 'text', by speaker, topic and initiative; newest first")
    public StatementMatches search(@RequestParam(required = false) String text,
                                   @RequestParam(required = false) String speaker,
                                   @RequestParam(required = false) String topic,
                                   @RequestParam(required = false) String initiative,
                                   @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
                                   @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return ask.ask(StatementProjection.GROUP, minPosition, new SearchStatements(QueryParameters.text("text", text, 500),
                QueryParameters.text("speaker", speaker, 100), QueryParameters.text("topic", topic, 100),
                QueryParameters.text("initiative", initiative, 100), QueryParameters.limit(limit)), StatementMatches.class);
    }

    @Operation(summary = "One statement: its words, speaker, form, language, sources and linked initiatives")
    @GetMapping("/{id}")
    public StatementView statement(@PathVariable String id, @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(StatementProjection.GROUP, minPosition, new FindStatement(id),
                StatementView.class), "statement", id);
    }
}
