package ties.command.engagement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.command.web.CommandSender;
import ties.command.web.Receipt;
import ties.command.web.RecordCommandApi;
import ties.engagement.ChangeEngagementState;
import ties.engagement.CorrectEngagement;
import ties.engagement.EngagementFacts;
import ties.engagement.RecordEngagement;
import ties.engagement.StateChange;
import ties.engagement.WithdrawEngagement;

@RestController
@RequestMapping(EngagementCommandApi.PATH)
@Tag(name = "Engagements", description = "Record exercises, talks, port calls, training and conferences, their "
        + "editions, parties and course")
public class EngagementCommandApi extends RecordCommandApi<EngagementFacts> {

    public static final String PATH = "/api/engagements";

    public EngagementCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    @PostMapping(path = "/{id}/state", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the engagement to another state (begun, held, postponed, cancelled, planned again), "
            + "optionally with new dates")
    public ResponseEntity<Receipt> changeState(@PathVariable String id, @RequestBody StateChange change,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               HttpServletRequest request) {
        return send(new ChangeEngagementState(id, change, CommandSender.expectedVersion(ifMatch)), id, request);
    }

    @Override
    protected Object create(String id, EngagementFacts facts) {
        return new RecordEngagement(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, EngagementFacts corrected, Long expectedVersion) {
        return new CorrectEngagement(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawEngagement(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(EngagementFacts facts) {
        return facts.title();
    }
}
