package ties.app.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.fact.Rejection;

import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api/admin/stopped-read-models")
@Tag(name = "Stopped read models", description = "Read models that stopped at an event they cannot apply (board, "
        + "timeline, relations): see where and why, and skip that event when it must not hold them up")
class StoppedReadModelApi {

    /** What an admin sends to skip an event: the id the stop shows, and why. */
    record SkipEvent(String eventId, String reason) {
    }

    /** The read models stopped on this node, and the events skipped lately. */
    record Overview(List<StoppedReadModels.Stop> stopped, List<StoppedReadModels.Skipped> skipped) {
    }

    private final StoppedReadModels stoppedReadModels;

    StoppedReadModelApi(StoppedReadModels stoppedReadModels) {
        this.stoppedReadModels = stoppedReadModels;
    }

    @GetMapping
    @Operation(summary = "The read models stopped on this node at an event, with the event and its error, and the "
            + "events admins skipped lately")
    public Overview overview() {
        return new Overview(stoppedReadModels.stops(), stoppedReadModels.skipped());
    }

    @PostMapping("/{readModel}/skip")
    @Operation(summary = "Skip the event the read model is stopped at, for good (logged with who and why); it goes on "
            + "with the next event at once")
    public StoppedReadModels.Stop skip(@PathVariable String readModel, @RequestBody SkipEvent skip, Principal principal) {
        if (skip.eventId() == null || skip.eventId().isBlank()) {
            throw Rejection.invalid("eventId", "name the event the read model is stopped at (its 'eventId')");
        }
        return stoppedReadModels.skip(readModel, skip.eventId(), principal == null ? null : principal.getName(), skip.reason());
    }
}
