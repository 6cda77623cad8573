package ties.query.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Dead letters", description = "Events a read model could not apply: list them, retry them, evict one")
public class DeadLetterApi {

    private final DeadLetters deadLetters;

    public DeadLetterApi(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Each read model that parks dead letters: how many, and the parked events with their errors")
    public List<DeadLetters.Queue> queues() {
        return deadLetters.queues();
    }

    @Operation(summary = "The events one read model has parked, oldest first, with the cause of each failure")
    @GetMapping("/{readModel}")
    public DeadLetters.Queue queue(@PathVariable String readModel) {
        return deadLetters.queue(readModel);
    }

    @PostMapping("/{readModel}/retry")
    @Operation(summary = "Apply parked sequences again, oldest first (at most 'limit'; limit=1 retries the oldest)")
    public DeadLetters.Retry retry(@PathVariable String readModel, @RequestParam(required = false) Integer limit) {
        return deadLetters.retry(readModel, limit);
    }

    @DeleteMapping("/{readModel}/{eventId}")
    @Operation(summary = "Drop one parked event for good (logged with who dropped it)")
    public DeadLetters.Letter evict(@PathVariable String readModel, @PathVariable String eventId, Principal principal) {
        return deadLetters.evict(readModel, eventId, principal == null ? null : principal.getName());
    }
}
