package ties.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/replay-reference")
@Tag(name = "Read models")
public class ReplayReferenceApi {

    private final ReplayReference reference;

    public ReplayReferenceApi(ReplayReference reference) {
        this.reference = reference;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Replay the whole event store into a handler that does nothing: the events/s a rebuild "
            + "is measured against (it loads the store; run it on a quiet node)")
    public ReplayReference.Replay start() {
        return reference.start();
    }

    @GetMapping
    @Operation(summary = "The reference replays on this node since it started, the latest first: position out of "
            + "the head each started at, events/s")
    public List<ReplayReference.Replay> replays() {
        return reference.replays();
    }
}
