package ties.command.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.command.web.CommandSender;
import ties.command.web.Receipt;
import ties.command.web.RecordCommandApi;
import ties.visit.CorrectVisit;
import ties.visit.MeetingFacts;
import ties.visit.RecordMeeting;
import ties.visit.RecordVisit;
import ties.visit.VisitFacts;
import ties.visit.WithdrawVisit;


@RestController
@RequestMapping(VisitCommandApi.PATH)
@Tag(name = "Visits", description = "Record visits and the meetings held during them")
public class VisitCommandApi extends RecordCommandApi<VisitFacts> {

    public static final String PATH = "/api/visits";

    public VisitCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    @Operation(summary = "Records a meeting held during the visit, under an id the client chooses")
    @PutMapping(path = "/{id}/meetings/{meetingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordMeeting(@PathVariable String id, @PathVariable String meetingId,
                                                 @RequestBody MeetingFacts meeting, HttpServletRequest request) {
        return send(new RecordMeeting(id, meetingId, meeting), id, request);
    }

    @Override
    protected Object create(String id, VisitFacts facts) {
        return new RecordVisit(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, VisitFacts corrected, Long expectedVersion) {
        return new CorrectVisit(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawVisit(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(VisitFacts facts) {
        String visitors = String.join(" ", facts.visitorIds());
        return visitors + " in " + (facts.city() == null ? facts.country() : facts.city());
    }
}
