package ties.command.statement;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.command.web.CommandSender;
import ties.command.web.RecordCommandApi;
import ties.statement.CorrectStatement;
import ties.statement.RecordStatement;
import ties.statement.StatementFacts;
import ties.statement.WithdrawStatement;

@RestController
@RequestMapping(StatementCommandApi.PATH)
@Tag(name = "Statements", description = "Record quotes and paraphrases with their speakers and sources")
public class StatementCommandApi extends RecordCommandApi<StatementFacts> {

    public static final String PATH = "/api/statements";

    public StatementCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    @Override
    protected Object create(String id, StatementFacts facts) {
        return new RecordStatement(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, StatementFacts corrected, Long expectedVersion) {
        return new CorrectStatement(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawStatement(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(StatementFacts facts) {
        String speaker = facts.speaker() == null ? null : facts.speaker().actorId();
        return (speaker == null ? "unnamed" : speaker) + " statement";
    }
}
