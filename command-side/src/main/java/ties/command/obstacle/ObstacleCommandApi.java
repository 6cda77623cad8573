package ties.command.obstacle;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.command.web.CommandSender;
import ties.command.web.RecordCommandApi;
import ties.obstacle.CorrectRelationshipObstacle;
import ties.obstacle.RecordRelationshipObstacle;
import ties.obstacle.RelationshipObstacleFacts;
import ties.obstacle.WithdrawRelationshipObstacle;

@RestController
@RequestMapping(ObstacleCommandApi.PATH)
@Tag(name = "Obstacles", description = "Record obstacles to a whole relationship once, linked to the initiatives they hold back")
public class ObstacleCommandApi extends RecordCommandApi<RelationshipObstacleFacts> {

    public static final String PATH = "/api/obstacles";

    public ObstacleCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    @Override
    protected Object create(String id, RelationshipObstacleFacts facts) {
        return new RecordRelationshipObstacle(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, RelationshipObstacleFacts corrected, Long expectedVersion) {
        return new CorrectRelationshipObstacle(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawRelationshipObstacle(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(RelationshipObstacleFacts facts) {
        return facts.description();
    }
}
