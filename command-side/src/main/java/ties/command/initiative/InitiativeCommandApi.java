package ties.command.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.command.web.CommandSender;
import ties.command.web.Receipt;
import ties.command.web.RecordCommandApi;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.CorrectInitiative;
import ties.initiative.InitiativeFacts;
import ties.initiative.LinkEngagementSeries;
import ties.initiative.ObstacleFacts;
import ties.initiative.ProposeInitiative;
import ties.initiative.RecordObstacle;
import ties.initiative.SeriesLink;
import ties.initiative.StatusChange;
import ties.initiative.WithdrawInitiative;

@RestController
@RequestMapping(InitiativeCommandApi.PATH)
@Tag(name = "Initiatives", description = "Propose initiatives and move them through their lifecycle")
public class InitiativeCommandApi extends RecordCommandApi<InitiativeFacts> {

    public static final String PATH = "/api/initiatives";

    public InitiativeCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    @Operation(summary = "Moves the initiative to another status of its lifecycle, with the evidence for the move")
    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> changeStatus(@PathVariable String id, @RequestBody StatusChange change,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                HttpServletRequest request) {
        return send(new ChangeInitiativeStatus(id, change, CommandSender.expectedVersion(ifMatch)), id, request);
    }

    @Operation(summary = "Records an obstacle that holds the initiative back (sanctions, security, funding...)")
    @PutMapping(path = "/{id}/obstacles/{obstacleId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordObstacle(@PathVariable String id, @PathVariable String obstacleId,
                                                  @RequestBody ObstacleFacts obstacle, HttpServletRequest request) {
        return send(new RecordObstacle(id, obstacleId, obstacle), id, request);
    }

    @PutMapping(path = "/{id}/engagement-series/{seriesId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Link a series of engagements whose editions implement the initiative")
    public ResponseEntity<Receipt> linkEngagementSeries(@PathVariable String id, @PathVariable String seriesId,
                                                        @RequestBody SeriesLink link, HttpServletRequest request) {
        return send(new LinkEngagementSeries(id, seriesId, link), id, request);
    }

    @Override
    protected Object create(String id, InitiativeFacts facts) {
        return new ProposeInitiative(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, InitiativeFacts corrected, Long expectedVersion) {
        return new CorrectInitiative(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawInitiative(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(InitiativeFacts facts) {
        return facts.title();
    }
}
