package ties.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/read-models")
@Tag(name = "Read models", description = "Rebuild read models from the event store and follow their progress")
public class RebuildApi {

    private final ReadModelRebuilds rebuilds;

    public RebuildApi(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "Each read model's processor: position reached out of the head, and rebuild progress")
    public List<ReadModelRebuilds.Progress> readModels() {
        return rebuilds.progress();
    }

    @Operation(summary = "One read model: the generation serving it and the progress of a rebuild under way")
    @GetMapping("/{name}")
    public ReadModelRebuilds.Progress readModel(@PathVariable String name) {
        return rebuilds.progress(name);
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a read model from the event store beside the serving one, which keeps answering "
            + "until the new generation has caught up and takes over")
    public ReadModelRebuilds.Progress rebuild(@PathVariable String name) {
        return rebuilds.rebuild(name);
    }
}
